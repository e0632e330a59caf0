import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type Found = { ok: true; path: string } | { ok: false; path: string; code: 'not-found' | 'unreadable'; reason: string };

/**
 * The files named by the inputs, in a stable order: folders are walked
 * recursively, entries sorted by name, hidden entries and node_modules skipped,
 * symbolic links followed once (a loop is reported, not followed again).
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
    if (!found.ok || found.path === '-') continue;
    total += await stat(found.path).then((s) => s.size, () => 0);
    if (total >= enough) break;
  }
  return total;
}

async function* walk(path: string, seen: Set<string>): AsyncGenerator<Found> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield describeStatError(path, e as NodeJS.ErrnoException);
    return;
  }
  if (!info.isDirectory()) {
    yield info.isFile() ? { ok: true, path } : { ok: false, path, code: 'unreadable', reason: 'not a regular file' };
    return;
  }
  const real = await realpath(path);
  if (seen.has(real)) {
    yield { ok: false, path, code: 'unreadable', reason: 'symbolic link loop (folder already being read)' };
    return;
  }
  seen.add(real);
  let names: string[];
  try {
    names = (await readdir(path)).filter((n) => !n.startsWith('.') && n !== 'node_modules').sort(byCodePoint);
  } catch (e) {
    yield { ok: false, path, code: 'unreadable', reason: `cannot list folder (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
    return;
  }
  for (const name of names) yield* walk(join(path, name), seen);
  seen.delete(real);
}

async function describeStatError(path: string, e: NodeJS.ErrnoException): Promise<Found> {
  if (e.code === 'ENOENT') {
    const isLink = await lstat(path).then((l) => l.isSymbolicLink(), () => false);
    return { ok: false, path, code: 'not-found', reason: isLink ? 'dangling symbolic link' : 'no such file or folder' };
  }
  if (e.code === 'ELOOP') return { ok: false, path, code: 'unreadable', reason: 'symbolic link loop' };
  if (e.code === 'EACCES' || e.code === 'EPERM') return { ok: false, path, code: 'unreadable', reason: 'permission denied' };
  return { ok: false, path, code: 'unreadable', reason: e.code ?? e.message };
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
