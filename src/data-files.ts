import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's own folder, found from this module whether it runs from src/ or dist/src/. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('policy-mine: cannot find its package folder');
    dir = up;
  }
  return dir;
}

const root = packageRoot();

export function dataPath(name: string): string {
  return join(root, 'data', name);
}

/** Lines of a bundled data file without `#` comments and blank lines. */
export function readDataLines(name: string): string[] {
  return readFileSync(dataPath(name), 'utf8')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

export function packageVersion(): string {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
}
