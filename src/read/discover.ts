import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import picomatch from 'picomatch';

/**
 * A file found, with its size when discovery looked (not for standard input)
 * and whether a folder walk found it (rather than the command line naming it);
 * or an input that could not be read; or a file left out on purpose.
 */
export type Found =
  | { ok: true; path: string; size?: number; walked?: boolean }
  | { ok: false; path: string; code: 'not-found' | 'unreadable'; reason: string }
  | { ok: 'ignored'; path: string; reason: string };

export interface DiscoverOptions {
  /**
   * Globs as ripgrep's `-g` takes them: a file found while walking a folder is
   * read only if it matches one of the globs that do not start with `!` (when
   * there are any), and never if it matches one that does. A glob without a
   * `/` matches the file name at any depth; with one, the path under the folder.
   */
  globs?: readonly string[];
  /** Read every path even when it names a file already read (a folder given twice, a link to a file read). */
  keepDuplicates?: boolean;
}

/**
 * Files that hold data rather than a document, skipped when a folder walk
 * meets them (named on the command line they are read): tables, spreadsheets,
 * archives' indexes. A `.json` file is read only when it is JSON Lines
 * records (see read-documents).
 */
const DATA_FILE = /\.(tsv|csv|xlsx?|ods|parquet|sqlite|db)$/i;

/**
 * The files named by the inputs, in a stable order: folders are walked
 * recursively, entries sorted by name, hidden entries and node_modules skipped,
 * symbolic links followed once (a loop is reported, not followed again).
 * A file reached twice (named twice, or through a link) is read once.
 * The file system is asked synchronously, as reading does (see loadBytes).
 */
export async function* discoverFiles(inputs: readonly string[], options: DiscoverOptions = {}): AsyncGenerator<Found> {
  const filter = globFilter(options.globs ?? []);
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      yield { ok: true, path: '-' };
      continue;
    }
    for (const found of walk(input, input, new Set(), filter, false)) {
      if (found.ok === true && !options.keepDuplicates) {
        const real = realPath(found.path);
        if (seen.has(real)) {
          yield { ok: 'ignored', path: found.path, reason: 'already read (the same file named twice)' };
          continue;
        }
        seen.add(real);
      }
      yield found;
    }
  }
}

/** Total size of the files named by the inputs, counting stops once it reaches `enough` (standard input counts 0). */
export async function inputBytes(inputs: readonly string[], enough = Infinity, options: DiscoverOptions = {}): Promise<number> {
  let total = 0;
  for await (const found of discoverFiles(inputs, options)) {
    if (found.ok === true) total += found.size ?? 0;
    if (total >= enough) break;
  }
  return total;
}

type Filter = (path: string, root: string) => boolean;

function* walk(path: string, root: string, seen: Set<string>, filter: Filter, walked: boolean): Generator<Found> {
  let info;
  try {
    info = statSync(path);
  } catch (e) {
    yield describeStatError(path, e as NodeJS.ErrnoException);
    return;
  }
  if (!info.isDirectory()) {
    if (!info.isFile()) yield { ok: false, path, code: 'unreadable', reason: 'not a regular file' };
    else if (walked && DATA_FILE.test(path)) yield { ok: 'ignored', path, reason: 'data file, not a document' };
    else if (walked && !filter(path, root)) return;
    else yield { ok: true, path, size: info.size, walked };
    return;
  }
  const real = realpathSync.native(path);
  if (seen.has(real)) {
    yield { ok: false, path, code: 'unreadable', reason: 'symbolic link loop (folder already being read)' };
    return;
  }
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(path)
      .filter((n) => !n.startsWith('.') && n !== 'node_modules')
      .sort(byCodePoint);
  } catch (e) {
    yield { ok: false, path, code: 'unreadable', reason: `cannot list folder (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
    return;
  }
  for (const name of names) yield* walk(join(path, name), root, seen, filter, true);
  seen.delete(real);
}

/** Whether a file found under `root` passes the globs. */
function globFilter(globs: readonly string[]): Filter {
  if (globs.length === 0) return () => true;
  const compile = (gs: string[]) => gs.map((g) => picomatch(g, { basename: !g.includes('/'), dot: true }));
  const include = compile(globs.filter((g) => !g.startsWith('!')));
  const exclude = compile(globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1)));
  return (path, root) => {
    const under = relative(root, path).split('\\').join('/') || basename(path);
    if (exclude.some((m) => m(under))) return false;
    return include.length === 0 || include.some((m) => m(under));
  };
}

function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

function describeStatError(path: string, e: NodeJS.ErrnoException): Found {
  if (e.code === 'ENOENT') {
    const isLink = isSymbolicLink(path);
    return { ok: false, path, code: 'not-found', reason: isLink ? 'dangling symbolic link' : 'no such file or folder' };
  }
  if (e.code === 'ELOOP') return { ok: false, path, code: 'unreadable', reason: 'symbolic link loop' };
  if (e.code === 'EACCES' || e.code === 'EPERM') return { ok: false, path, code: 'unreadable', reason: 'permission denied' };
  return { ok: false, path, code: 'unreadable', reason: e.code ?? e.message };
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
