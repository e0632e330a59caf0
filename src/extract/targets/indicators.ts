import { readDataLines } from '../../data-files.js';

/** The common names of headline indicators (data/indicators.tsv), in the file's order. */
let table: Array<{ name: string; pattern: RegExp }> | undefined;

function indicators(): Array<{ name: string; pattern: RegExp }> {
  table ??= readDataLines('indicators.tsv').map((line) => {
    const [name, pattern] = line.split('\t');
    return { name: name.trim(), pattern: new RegExp(pattern.trim()) };
  });
  return table;
}

/** The order of the headline indicators, for tables. */
export function headlineIndicators(): string[] {
  return [...new Set(indicators().map((i) => i.name))];
}

/** Scope words an indicator is written with (全省地区生产总值增长), taken off before it is named. */
const SCOPE = /^(全省|全市|全区|全自治区|全县|全国|全体|地方|我省|我市)/;

/** The common name of an indicator as written, when it is a headline indicator. */
export function indicatorName(written: string): string | undefined {
  const bare = written.replace(SCOPE, '');
  return indicators().find((i) => i.pattern.test(bare))?.name;
}
