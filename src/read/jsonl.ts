export interface JsonRecord {
  /** 1-based line of the record in the file. */
  line: number;
  id: string;
  text: string;
  fields: Record<string, unknown>;
}

export type JsonLineResult =
  { ok: true; record: JsonRecord } | { ok: false; line: number; reason: string; code: 'malformed-record' | 'no-text-field' };

const DEFAULT_TEXT_FIELDS = ['content', 'text', 'body'];

/** True for names that say JSON Lines. */
export function isJsonLinesName(path: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(path);
}

/** JSON Lines without the name: the first two non-blank lines are JSON objects. */
export function looksLikeJsonLines(text: string): boolean {
  const lines = text
    .slice(0, 65536)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 2);
  return lines.length > 0 && lines.every((l) => l.startsWith('{') && (l.endsWith('}') || l.length > 60000));
}

/** Each line a record; a line that is not a JSON object, or has no text, is reported and skipped. */
export function* parseJsonLines(text: string, textField?: string): Generator<JsonLineResult> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (!raw) continue;
    yield parseRecord(raw, i + 1, textField);
  }
}

function parseRecord(raw: string, line: number, textField?: string): JsonLineResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { ok: false, line, code: 'malformed-record', reason: `line ${line} is not valid JSON (${(e as Error).message.split('\n')[0]})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, line, code: 'malformed-record', reason: `line ${line} is not a JSON object` };
  }
  const fields = value as Record<string, unknown>;
  const names = textField ? [textField] : DEFAULT_TEXT_FIELDS;
  const name = names.find((n) => typeof fields[n] === 'string');
  if (!name) {
    const present = Object.keys(fields).slice(0, 8).join(', ') || 'none';
    return {
      ok: false,
      line,
      code: 'no-text-field',
      reason: `line ${line} has no text field (looked for ${names.join(', ')}; it has ${present}: name one with --text-field)`,
    };
  }
  const id = [fields.id, fields.url].find((v) => typeof v === 'string' || typeof v === 'number');
  return { ok: true, record: { line, id: id === undefined ? `line${line}` : String(id), text: fields[name] as string, fields } };
}
