import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A file found, with its size when discovery looked (not for standard input), or why an input could not be read. */
export type Found = { ok: true; path: string; size?: number } | { ok: false; path: string; code: 'not-found' | 'unreadable'; reason: string };

/**
 * The files named by the inputs, in a stable order: folders are walked
 * recursively, entries sorted by name, hidden entries and node_modules skipped,
 * symbolic links followed once (a loop is reported, not followed again).
 * The file system is asked synchronously, as reading does (see loadBytes).
 */
export async function* discoverFiles(inputs: readonly string[]): AsyncGenerator<Found> {
  for (const input of inputs) {
    if (input === '-') yield { ok: true, path: '-' };
    else yield* walk(input, new Set());
  }
}

/** Total size of the files named by the inputs, counting stops once it reaches `enough` (standard input counts 0). */
export async function inputBytes(inputs: readonly string[], enough = Infinity): Promise<number> {
  let total = 0;
  for await (const found of discoverFiles(inputs)) {
    if (found.ok) total += found.size ?? 0;
    if (total >= enough) break;
  }
  return total;
}

function* walk(path: string, seen: Set<string>): Generator<Found> {
  let info;
  try {
    info = statSync(path);
  } catch (e) {
    yield describeStatError(path, e as NodeJS.ErrnoException);
    return;
  }
  if (!info.isDirectory()) {
    yield info.isFile() ? { ok: true, path, size: info.size } : { ok: false, path, code: 'unreadable', reason: 'not a regular file' };
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
    names = readdirSync(path).filter((n) => !n.startsWith('.') && n !== 'node_modules').sort(byCodePoint);
  } catch (e) {
    yield { ok: false, path, code: 'unreadable', reason: `cannot list folder (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
    return;
  }
  for (const name of names) yield* walk(join(path, name), seen);
  seen.delete(real);
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
