import type { Document } from './document.js';
import type { Message } from './messages.js';

/** What a run read: every input is accounted for here. */
export interface Summary {
  /** Input files seen (a JSON Lines file counts once). */
  files: number;
  /** Every input file seen, read or skipped, in the order read. */
  paths: string[];
  /** Documents read and processed (a JSON Lines record, or an item of a split file, is a document). */
  documents: number;
  /** Inputs or records that could not be read, each with the reason: these make the exit status 1. */
  skipped: { file: string; code: string; reason: string }[];
  /** Files left out on purpose: data and binary files met while walking a folder, a file named twice. */
  ignored: { file: string; reason: string }[];
  /** Documents that repeat an earlier one (a copy, a text and its page), read once: each with the one it repeats. */
  duplicates: { file: string; of: string }[];
  /** Lines that recur across the corpus, removed as chrome: how many were removed, and the commonest. */
  repeatedLines: { removed: number; distinct: number; commonest: { text: string; documents: number }[] };
  /** Files split into items (see --split), and the items they gave. */
  split: { files: number; items: number };
  /** Documents without any date. */
  undated: number;
  /** Documents that carry at least one warning. */
  withWarnings: number;
  /** Message counts by code. */
  messages: Record<string, number>;
  /** Why the run stopped before reading every input (an interrupt), if it did: then every count is of what was read. */
  interrupted?: string;
}

/** Counts what a run read so that the summary accounts for every input. */
export class SummaryBuilder {
  private readonly files = new Set<string>();
  private documents = 0;
  private withWarnings = 0;
  private undated = 0;
  private readonly skipped: Summary['skipped'] = [];
  private readonly ignored: Summary['ignored'] = [];
  private readonly duplicates: Summary['duplicates'] = [];
  private readonly repeated: Summary['repeatedLines'] = { removed: 0, distinct: 0, commonest: [] };
  private readonly splitFiles = new Set<string>();
  private items = 0;
  private readonly messages: Record<string, number> = {};
  private interrupted: string | undefined;

  interrupt(reason: string): void {
    this.interrupted = reason;
  }

  addDocument(doc: Document): void {
    this.files.add(doc.path);
    this.documents++;
    if (!doc.meta.date) this.undated++;
    if (doc.item) {
      this.splitFiles.add(doc.path);
      this.items++;
    }
    this.repeated.removed += doc.repeatedLines?.length ?? 0;
    if (doc.messages.some((m) => m.severity !== 'info')) this.withWarnings++;
    for (const m of doc.messages) this.count(m);
  }

  addFailure(file: string, message: Message, path = file): void {
    this.files.add(path);
    this.skipped.push({ file, code: message.code, reason: message.text });
    this.count(message);
  }

  addIgnored(file: string, message: Message): void {
    this.files.add(file);
    this.ignored.push({ file, reason: message.text });
    this.count(message);
  }

  addDuplicate(doc: Document, of: string): void {
    this.files.add(doc.path);
    this.duplicates.push({ file: doc.name, of });
  }

  /** The lines the survey found repeated, to show the commonest. */
  setRepeated(lines: Iterable<{ text: string; documents: number }>): void {
    const all = [...lines].sort((a, b) => b.documents - a.documents || (a.text < b.text ? -1 : 1));
    this.repeated.distinct = all.length;
    this.repeated.commonest = all.slice(0, 5);
  }

  build(): Summary {
    return {
      files: this.files.size,
      paths: [...this.files],
      documents: this.documents,
      skipped: this.skipped,
      ignored: this.ignored,
      duplicates: this.duplicates,
      repeatedLines: this.repeated,
      split: { files: this.splitFiles.size, items: this.items },
      undated: this.undated,
      withWarnings: this.withWarnings,
      messages: this.messages,
      ...(this.interrupted ? { interrupted: this.interrupted } : {}),
    };
  }

  private count(m: Message): void {
    this.messages[m.code] = (this.messages[m.code] ?? 0) + 1;
  }
}

/** Exit status shared by every command: 0 all read, 1 some inputs not read, 2 nothing could be read. */
export function exitStatus(summary: Summary): 0 | 1 | 2 {
  if (summary.documents === 0) return 2;
  return summary.skipped.length === 0 ? 0 : 1;
}
