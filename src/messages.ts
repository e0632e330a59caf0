/**
 * Messages are attached to the document they are about; the library never prints.
 * Codes are a closed set: tests and scripts match on the code, not the wording.
 */
export const MESSAGE_CODES = {
  'not-found': 'error',
  unreadable: 'error',
  binary: 'error',
  'stage-failed': 'error',
  'malformed-record': 'error',
  'no-text-field': 'error',
  empty: 'warning',
  'invalid-bytes': 'warning',
  'long-line': 'warning',
  mojibake: 'warning',
  'encoding-forced': 'warning',
  'encoding-guess': 'info',
  'not-a-document': 'info',
  duplicate: 'info',
  meta: 'warning',
} as const;

export type MessageCode = keyof typeof MESSAGE_CODES;
export type Severity = 'error' | 'warning' | 'info';

export interface Message {
  code: MessageCode;
  severity: Severity;
  /** The file (or `<stdin>`, or `file#record`) the message is about. */
  file: string;
  /** Where in the original text, when the message is about a place in it. */
  line?: number;
  column?: number;
  /** Offset into the original decoded text; used to derive line and column. */
  offset?: number;
  text: string;
}

/** What a thrown value says, whatever was thrown (an Error, a string, null). */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function makeMessage(code: MessageCode, file: string, text: string, offset?: number): Message {
  return { code, severity: MESSAGE_CODES[code], file, text, ...(offset === undefined ? {} : { offset }) };
}

/** One line for a terminal: `file:line:col: severity [code] text`. */
export function formatMessage(m: Message): string {
  const where = m.line ? `${m.file}:${m.line}:${m.column ?? 1}` : m.file;
  return `${where}: ${m.severity} [${m.code}] ${m.text}`;
}
