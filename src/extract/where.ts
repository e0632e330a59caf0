/** `file:line:column`, the way every command names a place (its own module: the CLI loads it before any document). */
export function where(o: { file: string; line: number; column: number }): string {
  return `${o.file}:${o.line}:${o.column}`;
}
