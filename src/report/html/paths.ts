import { basename, dirname, isAbsolute, relative, sep } from 'node:path';

/**
 * Paths as the page shows them: relative to the folder given on the command
 * line, never the machine's own (a shared report must not expose local paths).
 */
export interface InputRoot {
  /** The input as given. */
  path: string;
  /** Whether it is a folder (files are shown by name). */
  folder: boolean;
  /** Its name as the title shows it: the folder's or file's own name (`xwlb-2022-2026`, not `.`). */
  label: string;
}

export class PathNamer {
  private readonly roots: string[];

  constructor(inputs: readonly InputRoot[]) {
    // Longest first: a folder inside another given folder names its files from itself.
    this.roots = inputs
      .filter((i) => i.path !== '-')
      .map((i) => (i.folder ? i.path : dirname(i.path)))
      .sort((a, b) => b.length - a.length);
  }

  /** `name` (a path, `path#record`, `<stdin>`) relative to its input folder; a path outside every input, by its file name. */
  show(name: string): string {
    if (name === '<stdin>' || name === '-') return name;
    for (const root of this.roots) {
      const rel = relative(root, name);
      if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
    }
    return isAbsolute(name) ? basename(name) : name.split(sep).join('/');
  }

  /** Text that may hold a path (a message, a skipped file's reason): every input folder's path taken out. */
  scrub(text: string): string {
    let out = text;
    for (const root of this.roots) if (root !== '.' && root !== '') out = out.split(`${root}${sep}`).join('');
    return out;
  }
}

/** What the report is about: the names of the folders and files given (at most a few, then how many more). */
export function inputsTitle(inputs: readonly InputRoot[]): string {
  const names = inputs.map((i) => i.label);
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}
