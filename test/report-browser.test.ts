/**
 * The report in a real browser (Debian's chromium, driven by playwright-core):
 * it runs without errors, shows what the JSON output of the same options has,
 * opens occurrences on a click, and runs nothing that the documents carry.
 * Skipped, with the reason, where chromium is not installed.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { runBin } from './helpers.js';
import { hostileCorpus, IMG, NO_BROWSER, openReport, reportOf, SCRIPT, SVG_SLOGAN, type OpenedReport } from './report-helpers.js';

interface SloganJson { slogan: string; documents: number; occurrences: number; locations: string[] }

function json<T>(args: string[]): T[] {
  const run = runBin([...args, '--format', 'json', '-q']);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout).rows;
}

/** Open the report of `args` in Chromium, run `check`, then insist nothing went wrong on the page. */
async function inBrowser(t: TestContext, args: string[], check: (r: OpenedReport) => Promise<void>): Promise<void> {
  if (NO_BROWSER) {
    t.skip(NO_BROWSER);
    return;
  }
  const { run, file } = reportOf(args);
  assert.equal(run.status, 0, run.stderr);
  const opened = await openReport(file);
  try {
    await check(opened);
    assert.deepEqual(opened.problems, [], 'no console errors, page errors or requests');
    assert.deepEqual(opened.dialogs, [], 'no dialog opened');
  } finally {
    await opened.browser.close();
  }
}

/** The slogans drawn as series in a chart: the aria-label of its line or cell marks. */
function series(r: OpenedReport, chart: string, mark: string): Promise<string[]> {
  return r.page.$$eval(`figure[data-chart="${chart}"] ${mark}[aria-label]`, (els) => [...new Set(els.map((e) => e.getAttribute('aria-label') ?? ''))]);
}

test('browser: the seed report has the rows and series of the JSON output, and a click shows occurrences', async (t) => {
  await inBrowser(t, ['fixtures/seeds', '--top', '0', '--chart-top', '6'], async (r) => {
    // The same options through the JSON output: the top 6 are charted, every slogan is in the table.
    const charted = json<SloganJson>(['slogans', 'fixtures/seeds', '--top', '6']).map((s) => s.slogan);
    const slogans = json<SloganJson>(['slogans', 'fixtures/seeds', '--top', '0']);
    const directives = json<{ file: string; line: number; column: number }>(['directives', 'fixtures/seeds']).map((d) => ({ where: `${d.file}:${d.line}:${d.column}` }));
    const regional = json<{ slogan: string; bucket: string }>(['slogans', 'fixtures/seeds', '--top', '6', '--by', 'region']);
    const { page } = r;
    assert.deepEqual(await series(r, 'timeline', '.mark-line path'), charted, 'one timeline line per top slogan, in rank order');
    const withRegion = new Set(regional.filter((b) => b.bucket !== 'unknown').map((b) => b.slogan));
    assert.deepEqual(new Set(await series(r, 'regions', '.mark-rect path')), withRegion, 'one heat-map row per top slogan found in a region');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'no horizontal scrolling of the page at 1366 pixels');
    const legend = await page.$$eval('figure[data-chart="timeline"] .role-legend-label text', (els) => els.map((e) => e.textContent));
    assert.deepEqual(legend, charted, 'legend: every slogan, whole, in rank order');

    const rows = await page.$$eval('#slogans-table tbody tr.row', (trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    assert.deepEqual(rows.map((c) => [c[1], Number(c[3]), Number(c[4])]), slogans.map((s) => [s.slogan, s.documents, s.occurrences]));
    const whereCells = await page.$$eval('#directives-table tbody tr.row td.where', (tds) => tds.map((td) => td.textContent));
    assert.deepEqual(whereCells, directives.map((d) => d.where));

    // A click on a slogan row opens its occurrences, each with file:line:column, and highlights its series.
    const first = slogans[0];
    await page.locator('#slogans-table tbody tr.row').first().click();
    const details = page.locator('#slogans-table tr.details');
    for (const where of first.locations) assert.ok(await details.getByText(where, { exact: true }).isVisible(), where);
    assert.match(await details.locator('p.note').textContent() ?? '', new RegExp(`^${first.occurrences} occurrences in ${first.documents} documents`));
    assert.deepEqual(await page.$$eval('figure[data-chart="timeline"] .mark-line path.hl', (els) => els.map((e) => e.getAttribute('aria-label'))), [first.slogan]);
    assert.equal(await page.locator('#highlight').inputValue(), first.slogan);

    // Sorting and filtering.
    await page.locator('#slogans-table th[data-key="occurrences"] button').click();
    await page.locator('#slogans-table th[data-key="occurrences"] button').click();
    const counts = await page.$$eval('#slogans-table tbody tr.row td:nth-child(5)', (tds) => tds.map((td) => Number(td.textContent)));
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'sorted by count, descending');
    await page.locator('#slogans-filter').fill(first.slogan);
    assert.equal(await page.locator('#slogans-table tbody tr.row').count(), slogans.filter((s) => s.slogan.includes(first.slogan)).length);
  });
});

test('browser: text that carries script is shown as text and runs nothing', async (t) => {
  const { args } = hostileCorpus();
  await inBrowser(t, args, async ({ page }) => {
    assert.equal(await page.locator('img').count(), 0, 'no <img> from the documents');
    assert.equal(await page.locator('img[src="x"], svg[onload], [onerror]').count(), 0);
    assert.equal(await page.locator('script').count(), 2, 'only the page\'s own scripts');
    const cells = await page.$$eval('#slogans-table tbody tr.row td.slogan', (tds) => tds.map((td) => td.textContent));
    for (const s of [SCRIPT, SVG_SLOGAN.replace(' ', '')]) assert.ok(cells.includes(s), `slogan ${s} is in the table as text`);
    assert.ok(await page.locator('#slogans-table td.slogan').getByText(SCRIPT, { exact: true }).isVisible());
    // Its series are drawn, labelled with the text as it is.
    const labels = await page.$$eval('figure[data-chart="timeline"] .mark-line path[aria-label]', (els) => els.map((e) => e.getAttribute('aria-label')));
    assert.ok(labels.includes(SCRIPT));
    assert.ok(await page.locator('figure[data-chart="regions"] text', { hasText: '<img src=x onerror=alert(1)>市' }).count() > 0, 'region label as text');
    // Occurrences and directives show the payload as written, as text.
    await page.locator('#slogans-table tbody tr.row', { hasText: IMG }).click();
    assert.ok(await page.locator('#slogans-table tr.details td.form', { hasText: IMG }).first().isVisible());
    await page.locator('#directives-table tbody tr.row').first().click();
    assert.ok(await page.locator('#directives-table tr.details .form', { hasText: `50亿元${IMG}` }).isVisible());
    await page.locator('#directives-filter').fill(SCRIPT);
    assert.equal(await page.locator('#directives-table tbody tr.row').count(), 1);
    assert.equal(await page.locator('img').count(), 0, 'still no <img> after every click');
  });
});
