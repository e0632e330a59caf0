/**
 * Shared by the report tests: a hostile corpus (scraped pages that carry
 * script), and headless Chromium driven by playwright-core.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT, runBin, runCli, type Run } from './helpers.js';

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '"><img src=x onerror=alert(1)>';
/** Short enough (24 characters) for the quoted-slogan finder to pick it up by itself. */
export const SVG_SLOGAN = '<svg onload=alert(1)>工程';

/**
 * Two government-style notices with the payloads in titles, quoted slogans
 * that recur (so they reach the table and the charts), directive sentences and
 * a region name (through --meta). The lexicon lists the two payloads too long
 * for the quoted finder (24 characters at most) so that they are slogans too.
 */
export function hostileCorpus(): { dir: string; args: string[] } {
  const dir = scratch('hostile-');
  writeFileSync(
    join(dir, 'a.txt'),
    `关于推进“${SCRIPT}”工程的通知
发布时间：2024年03月05日
来源：某市人民政府办公室

各区县人民政府，市政府各部门：
为深入贯彻落实党中央决策部署，市政府决定全面推进“${SVG_SLOGAN}”和“${SCRIPT}”。要坚持“${IMG}”原则，到2025年底前完成投资50亿元${IMG}，新增就业岗位1万个${SCRIPT}。
各地要高度重视，切实抓好落实。
`,
  );
  writeFileSync(
    join(dir, 'b.txt'),
    `市政府召开“${SCRIPT}”工程推进会
发布时间：2024年04月10日

会议强调，要扎实推进“${SVG_SLOGAN}”和“${SCRIPT}”，坚持“${IMG}”原则，确保到2026年完成改造任务100个。
`,
  );
  writeFileSync(join(dir, 'lexicon.tsv'), `${SCRIPT}\tquoted\n${IMG}\tquoted\n`);
  writeFileSync(join(dir, 'meta.csv'), `file,region\na.txt,"<img src=x onerror=alert(1)>市"\nb.txt,北京市\n`);
  return { dir, args: ['--lexicon', join(dir, 'lexicon.tsv'), '--meta', join(dir, 'meta.csv'), join(dir, 'a.txt'), join(dir, 'b.txt')] };
}

/** Write a report of `args` to a temporary file; returns the run and the file. */
export function reportOf(args: string[]): { run: Run; file: string } {
  const file = join(scratch('report-'), 'report.html');
  return { run: runBin(['report', '-q', ...args, '-o', file]), file };
}

/** reportOf, run in this process. */
export async function reportInProcess(args: string[]): Promise<{ run: Run; file: string }> {
  const file = join(scratch('report-'), 'report.html');
  return { run: await runCli(['report', '-q', ...args, '-o', file]), file };
}

let root: string | undefined;

/** A fresh folder under one temporary folder per test process, removed when the process exits. */
function scratch(prefix: string): string {
  if (!root) {
    const made = mkdtempSync(join(tmpdir(), 'policy-mine-report-test-'));
    process.on('exit', () => rmSync(made, { recursive: true, force: true }));
    root = made;
  }
  return mkdtempSync(join(root, prefix));
}

/** The shared corpora: beside the project (../shared/corpora), or where POLICY_MINE_CORPORA says. */
export const CORPORA = [process.env.POLICY_MINE_CORPORA, resolve(ROOT, '..', 'shared', 'corpora')].find(
  (d) => d && existsSync(join(d, 'gwr-provincial-2026')),
);
export const NO_CORPORA = CORPORA
  ? undefined
  : 'the shared corpora are not beside the project (../shared/corpora) and POLICY_MINE_CORPORA names none';

/**
 * A folder of links to every `every`-th file of a corpus, at most `max` of
 * them: a sample spread over its whole span, read in seconds.
 */
export function corpusSample(name: string, every: number, max: number): string {
  const from = join(CORPORA!, name);
  const dir = scratch(`${name}-`);
  readdirSync(from)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .filter((_f, i) => i % every === 0)
    .slice(0, max)
    .forEach((f) => symlinkSync(join(from, f), join(dir, f)));
  return dir;
}

export const CHROMIUM = '/usr/bin/chromium';
/** Why the browser tests cannot run here, or undefined when they can. */
export const NO_BROWSER = existsSync(CHROMIUM)
  ? undefined
  : `${CHROMIUM} is not installed (Debian package chromium; .ci/run installs it when it can)`;

/** Flags that keep Chromium from calling home on a closed network. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface OpenedReport {
  browser: Browser;
  page: Page;
  /** Console errors, page errors and requests that left the page: each one is a failure. */
  problems: string[];
  /** Dialogs opened (alert, confirm…): an injected script would open one. */
  dialogs: string[];
}

export async function openReport(file: string, viewport = { width: 1366, height: 768 }): Promise<OpenedReport> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // Blob URLs are the page's own (an export); anything else would have left the machine.
  page.on('request', (r) => {
    if (!/^(file|blob):/.test(r.url())) problems.push(`request: ${r.url()}`);
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`file://${file}`);
  return { browser, page, problems, dialogs };
}
