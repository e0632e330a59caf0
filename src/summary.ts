import type { Document } from './document.js';
import type { Message } from './messages.js';
import type { Summary } from './report/types.js';

/** Counts what a run read so that the summary accounts for every input. */
export class SummaryBuilder {
  private readonly files = new Set<string>();
  private documents = 0;
  private withWarnings = 0;
  private readonly skipped: Summary['skipped'] = [];
  private readonly messages: Record<string, number> = {};

  addDocument(doc: Document): void {
    this.files.add(doc.path);
    this.documents++;
    if (doc.messages.some((m) => m.severity !== 'info')) this.withWarnings++;
    for (const m of doc.messages) this.count(m);
  }

  addFailure(file: string, message: Message, path = file): void {
    this.files.add(path);
    this.skipped.push({ file, code: message.code, reason: message.text });
    this.count(message);
  }

  build(): Summary {
    return { files: this.files.size, paths: [...this.files], documents: this.documents, skipped: this.skipped, withWarnings: this.withWarnings, messages: this.messages };
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
