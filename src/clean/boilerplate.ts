import { readDataLines } from '../data-files.js';

interface Rule {
  test(line: string): boolean;
}

let rules: Rule[] | undefined;

/** Rules from data/boilerplate.tsv, compiled once. */
function boilerplateRules(): Rule[] {
  rules ??= readDataLines('boilerplate.tsv').map((row) => {
    const [kind, max, pattern] = row.split('\t');
    if (kind === 'exact') return { test: (line: string) => line === pattern };
    const re = new RegExp(pattern, 'i');
    const limit = Number(max) || Infinity;
    return { test: (line: string) => line.length <= limit && re.test(line) };
  });
  return rules;
}

/** True for a line of web chrome (footer, toolbar, credit) rather than article text. */
export function isBoilerplate(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && boilerplateRules().some((r) => r.test(trimmed));
}
