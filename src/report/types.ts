/** A column of a result table: the key in each row, the header, and how wide it may be in a terminal. */
export interface Column {
  key: string;
  header: string;
  /** Widest a terminal table shows this column (display cells); longer text is cut with …. */
  maxWidth?: number;
  align?: 'left' | 'right';
  /** Gives up width first when the table must fit a narrow terminal (context, forms, locations). */
  flex?: boolean;
  /** Cut long text at the start instead (file paths: the line and column at the end matter most). */
  cutStart?: boolean;
  /** Cut long text on both sides, keeping the match marked with 【 in sight (context). */
  cutAround?: boolean;
}

export type Cell =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly (string | number)[]
  | Record<string, unknown>
  | readonly Record<string, unknown>[];
export type Row = Record<string, Cell>;

export type { Summary } from '../summary.js';
import type { Summary } from '../summary.js';

/** Output for one run; reporters get rows one at a time and the summary at the end. */
export interface Reporter {
  row(row: Row): void;
  end(summary: Summary): void;
}

/** Where reporters write; the CLI passes process.stdout, tests pass a buffer. */
export interface Sink {
  write(chunk: string): void;
}

export type Format = 'table' | 'csv' | 'json' | 'jsonl';
export const FORMATS: readonly Format[] = ['table', 'csv', 'json', 'jsonl'];

/** How the table colours its header and border; the CLI builds one with chalk when colour is wanted. */
export interface Paint {
  header(text: string): string;
  dim(text: string): string;
  /** Paints the table's border characters. */
  border?: (s: string) => string;
}

export interface ReporterOptions {
  columns: readonly Column[];
  /** Colours for the terminal table; none by default (the library never looks at the terminal). */
  paint?: Paint;
  /** Write a UTF-8 byte order mark before CSV, for Excel. */
  bom?: boolean;
  /** End CSV lines with CRLF instead of LF. */
  crlf?: boolean;
  /** Terminal width for the table. */
  width?: number;
}
