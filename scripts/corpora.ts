/** Where the shared corpora are: POLICY_MINE_CORPORA, or ../shared/corpora beside the project. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function corporaRoot(): string {
  const root = process.env.POLICY_MINE_CORPORA ?? resolve(process.cwd(), '..', 'shared', 'corpora');
  if (!existsSync(join(root, 'README.md'))) {
    process.stderr.write(`corpora not found at ${root}: set POLICY_MINE_CORPORA to the folder of the shared corpora\n`);
    process.exit(2);
  }
  return root;
}
