/**
 * The report in a real browser (Debian's chromium, driven by playwright-core):
 * it runs without errors, shows what the JSON output of the same options has,
 * opens occurrences on a click, runs nothing that the documents carry, and,
 * on the shared corpora, charts shares with their counts, maps provinces,
 * samples evidence across documents, shows no local path, signs comparators
 * and exports files. Skipped, with the reason, where chromium or the corpora
 * are not there.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runBin } from '../helpers.js';
import {
  corpusSample,
  CORPORA,
  hostileCorpus,
  IMG,
  NO_BROWSER,
  NO_CORPORA,
  openReport,
  reportOf,
  SCRIPT,
  SVG_SLOGAN,
  type OpenedReport,
} from '../report-helpers.js';

interface SloganJson {
  slogan: string;
  documents: number;
  occurrences: number;
  locations: string[];
}

function json<T>(args: string[]): T[] {
  const run = runBin([...args, '--format', 'json', '-q']);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout).rows;
}

/** Open the report of `args` in Chromium, run `check`, then insist nothing went wrong on the page. */
async function inBrowser(t: TestContext, args: string[], check: (r: OpenedReport, file: string) => Promise<void>): Promise<void> {
  if (NO_BROWSER) {
    t.skip(NO_BROWSER);
    return;
  }
  const { run, file } = reportOf(args);
  assert.equal(run.status, 0, run.stderr);
  const opened = await openReport(file);
  try {
    await check(opened, file);
    assert.deepEqual(opened.problems, [], 'no console errors, page errors or requests');
    assert.deepEqual(opened.dialogs, [], 'no dialog opened');
  } finally {
    await opened.browser.close();
  }
}

/** The labels of a chart's marks (a line's is its slogan, a point's or a cell's its tooltip). */
function labels(r: OpenedReport, chart: string, mark: string): Promise<string[]> {
  return r.page.$$eval(`figure[data-chart="${chart}"] ${mark}[aria-label]`, (els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
}

/** The slogan a tooltip is about: what stands before its first " · ". */
const sloganOfTip = (tip: string) => tip.slice(0, tip.indexOf(' · '));

test('browser: the seed report has the rows of the JSON output, and a click shows occurrences', async (t) => {
  await inBrowser(t, ['fixtures/seeds', '--top', '0', '--chart-top', '6'], async (r) => {
    const slogans = json<SloganJson>(['slogans', 'fixtures/seeds', '--top', '0']);
    const directives = json<{ file: string; line: number; column: number }>(['directives', 'fixtures/seeds']);
    const { page } = r;
    // Two dated documents: no time chart, and a line that says why.
    assert.match((await page.locator('#timeline p.empty').textContent()) ?? '', /^No time chart: the dated documents fall in 2 months/);
    assert.equal(await page.locator('figure[data-chart^="timeline"]').count(), 0);
    // One document per province: the map shows mentions per 10,000 characters, cells for charted slogans only.
    assert.match((await page.locator('#regions p.note').textContent()) ?? '', /mentions per 10,000 characters/);
    const charted = new Set(slogans.slice(0, 6).map((s) => s.slogan));
    for (const tip of await labels(r, 'regions-province', '.mark-rect path'))
      assert.ok(charted.has(sloganOfTip(tip)) || tip.includes('per 10,000'), tip);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'no horizontal scrolling of the page at 1366 pixels');

    const rows = await page.$$eval('#slogans-table tbody tr.row', (trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    assert.deepEqual(
      rows.map((c) => [c[1], Number(c[3]), Number(c[4])]),
      slogans.map((s) => [s.slogan, s.documents, s.occurrences]),
    );
    const whereCells = await page.$$eval('#directives-table tbody tr.row td.where', (tds) => tds.map((td) => td.textContent));
    assert.deepEqual(
      whereCells,
      directives.map((d) => `${d.file.replace('fixtures/seeds/', '')}:${d.line}:${d.column}`),
      'paths relative to the input folder',
    );

    // A click on a slogan row opens its occurrences, each with file:line:column relative to the input folder.
    const first = slogans[0];
    await page.locator('#slogans-table tbody tr.row').first().click();
    const details = page.locator('#slogans-table tr.details');
    for (const where of first.locations)
      assert.ok(await details.getByText(where.replace('fixtures/seeds/', ''), { exact: true }).isVisible(), where);
    assert.match(
      (await details.locator('p.note').textContent()) ?? '',
      new RegExp(`^${first.occurrences} mentions in ${first.documents} documents`),
    );

    // Sorting: counts largest first on the first click; filtering.
    await page.locator('#slogans-table th[data-key="occurrences"] button').click();
    const counts = await page.$$eval('#slogans-table tbody tr.row td:nth-child(5)', (tds) => tds.map((td) => Number(td.textContent)));
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
      'sorted by count, descending',
    );
    await page.locator('#slogans-filter').fill(first.slogan);
    assert.equal(await page.locator('#slogans-table tbody tr.row').count(), slogans.filter((s) => s.slogan.includes(first.slogan)).length);
    // The directive filter searches the text, not the path: a file name matches nothing.
    await page.locator('#directives-filter').fill('000_0b789b141790061d');
    assert.equal(await page.locator('#directives-table tbody tr.row').count(), 0);
  });
});

test('browser: text that carries script is shown as text and runs nothing', async (t) => {
  const { args } = hostileCorpus();
  await inBrowser(t, args, async (r) => {
    const { page } = r;
    assert.equal(await page.locator('img').count(), 0, 'no <img> from the documents');
    assert.equal(await page.locator('img[src="x"], svg[onload], [onerror]').count(), 0);
    assert.equal(await page.locator('script').count(), 2, "only the page's own scripts");
    const cells = await page.$$eval('#slogans-table tbody tr.row td.slogan', (tds) => tds.map((td) => td.textContent));
    for (const s of [SCRIPT, SVG_SLOGAN.replace(' ', '')]) assert.ok(cells.includes(s), `slogan ${s} is in the table as text`);
    assert.ok(await page.locator('#slogans-table td.slogan').getByText(SCRIPT, { exact: true }).isVisible());
    // Its cells are drawn, labelled with the text as it is; the region's name is a column label and a row of the key table.
    assert.ok((await labels(r, 'regions-province', '.mark-rect path')).some((tip) => tip.startsWith(`${SCRIPT} · `)));
    assert.ok(
      (await page.locator('figure[data-chart="regions-province"] text', { hasText: '<img src=x' }).count()) > 0,
      'region label as text (cut to fit)',
    );
    assert.ok((await page.locator('table.keys-table td', { hasText: '<img src=x onerror=alert(1)>市' }).count()) > 0);
    // Occurrences and directives show the payload as written, as text.
    await page.locator('#slogans-table tbody tr.row', { hasText: IMG }).click();
    assert.ok(await page.locator('#slogans-table tr.details td.form', { hasText: IMG }).first().isVisible());
    await page.locator('#directives-table tbody tr.row').first().click();
    assert.ok(
      await page.locator('#directives-table tr.details .sentence', { hasText: `50亿元${IMG}` }).isVisible(),
      'the whole sentence, as text',
    );
    // The filter searches the text (the sentence, the title) as text: the payload finds the rows that carry it.
    const rows = await page.locator('#directives-table tbody tr.row').count();
    await page.locator('#directives-filter').fill(SCRIPT);
    const found = await page.locator('#directives-table tbody tr.row').count();
    assert.ok(found >= 1 && found <= rows);
    assert.equal(await page.locator('img').count(), 0, 'still no <img> after every click');
  });
});

/** Skip with the reason when the shared corpora are not beside the project (nor named by POLICY_MINE_CORPORA). */
function corporaOr(t: TestContext): boolean {
  if (NO_CORPORA) t.skip(NO_CORPORA);
  return !NO_CORPORA;
}

/** No absolute path of this machine in the page: not the corpus folder, not the temporary one, not the project's. */
function assertNoLocalPath(page: string, folders: string[]): void {
  for (const folder of folders) assert.ok(!page.includes(folder), `the page shows ${folder}`);
  assert.doesNotMatch(page, /(?<![\w.])\/(?:tmp|home|root|work|Users|var)\/[^\s"'<]/, 'an absolute path');
}

test(
  'browser: news bulletins (150 days of xwlb): the time chart shows shares with their counts, evidence across documents',
  { timeout: 180_000 },
  async (t) => {
    if (!corporaOr(t)) return;
    const sample = corpusSample('xwlb-2022-2026', 11, 150);
    await inBrowser(t, [sample], async (r, file) => {
      const { page } = r;
      assertNoLocalPath(readFileSync(file, 'utf8'), [sample, CORPORA!]);
      // Shares: the y axis is in per cent, every point's label is "slogan · period: X% of documents (k of n documents)", and X is k/n.
      const yTicks = await page.$$eval('figure[data-chart="timeline"] .role-axis-label text', (els) => els.map((e) => e.textContent ?? ''));
      assert.ok(
        yTicks.some((l) => /^\d+%$/.test(l)),
        `y axis in per cent: ${yTicks.join(' ')}`,
      );
      const tips = await labels(r, 'timeline', '.mark-symbol path');
      assert.ok(tips.length >= 15 * 4);
      for (const tip of tips) {
        const m = /: ([\d.]+)% of documents \(([\d,]+) of ([\d,]+) documents?\)/.exec(tip);
        assert.ok(m, tip);
        const share = (100 * Number(m[2].replace(/,/g, ''))) / Number(m[3].replace(/,/g, ''));
        assert.ok(Math.abs(share - Number(m[1])) <= (share < 10 ? 0.05 : 0.5), tip);
      }
      // The tooltip shows the value and the counts on hover.
      await page.locator('figure[data-chart="timeline"] .mark-symbol path').nth(3).hover({ force: true });
      assert.match((await page.locator('.tooltip').textContent()) ?? '', /% of documents \(\d+ of [\d,]+ documents\)/);
      assert.ok(await page.locator('.tooltip').isVisible());
      // The documents per period are drawn under it, and the last year (to August 2026) is marked as incomplete.
      const bars = await labels(r, 'timeline', '.mark-rect path');
      assert.ok(
        bars.some((b) => /^2026: [\d,]+ documents.*only part of this period/.test(b)),
        bars.join('\n'),
      );
      // The rate view is one click away.
      await page.locator('input[name="timeline-unit"][value="timeline-rate"]').check();
      assert.ok(await page.locator('figure[data-chart="timeline-rate"]').isVisible());
      assert.equal(await page.locator('figure[data-chart="timeline"]').isVisible(), false);

      // The top slogan's shown occurrences come from as many documents as they can: one a document, across the years.
      const top = await page.evaluate(() => JSON.parse(document.getElementById('report-data')!.textContent!).slogans[0]);
      await page.locator('#slogans-table tbody tr.row').first().click();
      const shown = await page.$$eval('#slogans-table tr.details table.occurrence-list tbody tr', (trs) =>
        trs.map((tr) => ({
          where: tr.querySelector('.where')?.textContent ?? '',
          date: tr.querySelector('td.date')?.textContent ?? '',
          title: tr.querySelector('.title')?.textContent ?? '',
        })),
      );
      assert.ok(top.documents > 1);
      assert.ok(new Set(shown.map((o) => `${o.where.replace(/:\d+:\d+$/, '')} ${o.title}`)).size > 1, 'more than one document');
      assert.ok(new Set(shown.map((o) => o.date.slice(0, 4))).size >= 3, `dates across the years: ${shown.map((o) => o.date).join(' ')}`);
      // Its line is highlighted while its row is open, and no longer once it is closed.
      assert.equal(await page.locator('#highlight').inputValue(), top.slogan);
      await page.locator('#slogans-table tbody tr.row').first().click();
      assert.equal(await page.locator('#highlight').inputValue(), '');
      assert.equal(await page.locator('figure[data-chart="timeline"] .mark-line path.hl').count(), 0);

      // The directives' header row stays in sight while their rows scroll.
      await page.locator('#directives-section .table-wrap').evaluate((wrap) => {
        wrap.scrollTop = 1500;
      });
      const [wrapTop, headTop] = await Promise.all([
        page.locator('#directives-section .table-wrap').evaluate((e) => e.getBoundingClientRect().top),
        page
          .locator('#directives-table thead th')
          .first()
          .evaluate((e) => e.getBoundingClientRect().top),
      ]);
      assert.ok(Math.abs(headTop - wrapTop) <= 2, `header at ${headTop}, table top at ${wrapTop}`);
    });
  },
);

test('browser: provincial work reports: provinces, signed comparators, no local path, exports', { timeout: 180_000 }, async (t) => {
  if (!corporaOr(t)) return;
  const folder = `${CORPORA}/gwr-provincial-2026`;
  await inBrowser(t, [folder], async (r, file) => {
    const { page } = r;
    const html = readFileSync(file, 'utf8');
    assertNoLocalPath(html, [folder]);
    assert.match(await page.title(), /^gwr-provincial-2026: /, 'titled by the folder');
    // Two months of congresses: no time chart, and why.
    assert.match((await page.locator('#timeline p.empty').textContent()) ?? '', /No time chart/);
    // The map's columns are the 23 provinces (one report each), named short.
    const provinces = new Set(
      json<{ bucket: string }>(['slogans', folder, '--by', 'region', '--top', '5'])
        .map((b) => b.bucket)
        .filter((b) => b !== 'unknown'),
    );
    const short = (p: string) => p.replace(/(壮族|回族|维吾尔)?自治区$|省$|市$/, '');
    const columns = await page.$$eval('figure[data-chart="regions-province"] .role-axis-label text', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    const regionColumns = new Set(columns.filter((c) => !/^[\d.%]+$/.test(c) && ![...c].some((ch) => ch === '·')));
    const names = new Set([...provinces].map(short));
    const asColumns = [...regionColumns].filter((c) => names.has(c));
    assert.equal(new Set(asColumns).size, provinces.size, `one column per province: ${[...regionColumns].join(' ')}`);
    assert.match(
      (await page.locator('#regions p.note').textContent()) ?? '',
      /mentions per 10,000 characters/,
      'one document a region: rates, not counts',
    );
    // Quantities with 以上 render as ≥.
    await page.locator('#directives-filter').fill('以上');
    const cells = await page.$$eval('#directives-table tbody td.quantities', (tds) => tds.map((td) => td.textContent ?? ''));
    const atLeast = cells.filter((c) => /\d[^;]*以上/.test(c));
    assert.ok(atLeast.length > 10);
    for (const c of atLeast) assert.match(c, /≥ /, c);
    assert.ok(!cells.some((c) => c.includes('= ?')));
    // Exports: a chart as SVG and PNG, the filtered rows as CSV.
    const saved = async (click: () => Promise<void>) => {
      const [download] = await Promise.all([page.waitForEvent('download'), click()]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    const svg = await saved(() => page.locator('#regions [data-export] button[data-format="svg"]').click());
    assert.match(svg.name, /^gwr-provincial-2026-regions-province\.svg$/);
    assert.match(svg.bytes.toString('utf8'), /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const png = await saved(() => page.locator('#regions [data-export] button[data-format="png"]').click());
    assert.equal(png.bytes.subarray(1, 4).toString('latin1'), 'PNG');
    const csv = await saved(() => page.locator('button.csv[data-table="directives"]').click());
    const lines = csv.bytes
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r\n/);
    assert.match(lines[0], /^document,region,date,kind/);
    const filtered = Number(((await page.locator('#directives-count').textContent()) ?? '').split(' ')[0].replace(/,/g, ''));
    assert.equal(lines.length - 1, filtered, 'every row the filter lets through, not only those drawn');
  });
});
