import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, ROOT } from './helpers.js';
import { createDocument } from '../src/document.js';
import { prepareDocument } from '../src/pipeline.js';
import { extractDirectives } from '../src/extract/directives/index.js';
import { findDeadlines } from '../src/extract/directives/deadlines.js';
import { findEnumerations } from '../src/extract/directives/enumerations.js';
import { splitSentences } from '../src/extract/directives/sentences.js';
import { findCue, findSpeaker } from '../src/extract/directives/cues.js';

interface DirectiveJson {
  file: string;
  line: number;
  kind: string;
  status: string;
  cue: string;
  speaker: string;
  ordinal_index: number | null;
  ordinal_of: number | null;
  quantities: { text: string; value: unknown; unit: string }[];
  simplified: string;
  heading: string;
  item: string;
}

async function directivesOf(args: string[]): Promise<DirectiveJson[]> {
  const run = await runCli(['directives', '--format', 'json', ...args]);
  assert.ok(run.status === 0, run.stderr);
  return JSON.parse(run.stdout).rows;
}

function docOf(text: string, date?: string) {
  return prepareDocument(
    createDocument({ name: 't.txt', path: 't.txt', format: 'text', encoding: 'utf-8', original: text, meta: date ? { date } : {} }),
  );
}

test("seeds: 陈新's 一要……五要 is one enumeration of five, linked to the heading's series", async () => {
  const rows = (await directivesOf(['fixtures/seeds/004_7c11dd2c7fd5fdc1.txt'])).filter((r) => r.kind === 'ordinal');
  assert.deepEqual(
    rows.map((r) => `${r.ordinal_index}/${r.ordinal_of}`),
    ['1/5', '2/5', '3/5', '4/5', '5/5'],
  );
  assert.deepEqual(
    rows.map((r) => r.item),
    ['强规划', '重招商', '建基础', '扩宣传', '增效益'],
  );
  assert.ok(rows.every((r) => r.speaker === '陈新' && r.heading.includes('“强规划、重招商、建基础、扩宣传、增效益”')));
  assert.ok(rows[0].simplified.startsWith('一要强规划'));
});

test("seeds: 确保年内… is a deadline resolved to the end of the document's year", async () => {
  const rows = await directivesOf(['fixtures/seeds/000_0b789b141790061d.txt']);
  const row = rows.find((r) => r.simplified.startsWith('确保年内园区综评考核成绩有大幅提升'));
  assert.ok(row);
  assert.equal(row!.kind, 'deadline');
  assert.equal(row!.cue, '确保');
  assert.deepEqual(row!.quantities, [
    { text: '年内', kind: 'deadline', value: null, low: null, high: null, comparator: 'at_most', unit: 'date', date: '2022-12-31' },
  ]);
  assert.equal(row!.line, 11);
});

test('achievements are left out, and kept labelled with --all', async () => {
  const doc = docOf('今年一季度，全市地区生产总值同比增长8%，完成投资85亿元。要力争全年引资160亿元，确保增长5%左右。', '2023-04-20');
  const rows = extractDirectives(doc);
  assert.deepEqual(
    rows.map((r) => r.quantities.map((q) => q.text)),
    [['160亿元'], ['5%左右']],
  );
  assert.equal(rows[0].cue, '力争');
  assert.equal(rows[0].quantities[0].value, 16_000_000_000);
  const all = extractDirectives(doc, { all: true });
  const achieved = all.filter((r) => r.status === 'achievement').flatMap((r) => r.quantities.map((q) => q.text));
  assert.ok(achieved.includes('8%') && achieved.includes('85亿元'), achieved.join(' '));
  assert.ok(!achieved.includes('160亿元'));
});

test('a cue inside a word that does not instruct is no cue: 应急, 供应, 主要, 将近', async () => {
  const reported =
    '下陆电子电路铜箔等18个产业集群入选国家级中小企业特色产业集群，建成应急物资储备库12个，主要粮食品种供应链企业达到30家，将近40个项目落地。';
  assert.deepEqual(
    extractDirectives(docOf(reported, '2026-01-27')).map((r) => r.simplified),
    [],
  );
  assert.deepEqual(
    extractDirectives(docOf('全省应新建应急物资储备库12个。', '2026-01-27')).map((r) => [r.cue, r.quantities[0].value]),
    [['应', 12]],
  );
  assert.equal(findCue('要加强应急管理')?.word, '要');
  assert.equal(findCue('完善应急预案，做好供应保障'), undefined);
  // Nor a cue inside a document's title, nor 应 of 应出席 (those expected at a meeting).
  assert.equal(findCue('商务部等9部门发布《关于推动批发零售业高质量发展的行动计划》'), undefined);
  assert.equal(findCue('发布《关于推动发展的意见》，要求各地加快落实')?.word, '要求');
  assert.equal(findCue('会议应出席代表2929人'), undefined);
  assert.equal(findCue('会议应到192人'), undefined);
  assert.equal(findCue('今天大会应到代表2378人'), undefined);
  assert.equal(findCue('牢牢抓住发展第一要务不放松'), undefined);
  // …but these instruct: 应对标 (measure against), 应到位 (be in place), 要务实 (be practical).
  assert.equal(findCue('全市应对标先进，新建5G基站3000个')?.word, '应');
  assert.equal(findCue('资金应到位')?.word, '应');
  assert.equal(findCue('要务实高效做好各项工作')?.word, '要');
  // A 《 left open long before does not swallow every cue after it (the look back is bounded: a 50 MB sentence has millions).
  assert.equal(findCue(`《${'某'.repeat(150)}，要求各地加快落实`)?.word, '要求');
});

test('a list of targets after a colon: every item is a directive, up to the end of the sentence', async () => {
  const text =
    '主要预期目标是：经济增长5.5%左右，在实际工作中努力争取更好结果；城镇新增就业70万人以上；居民消费价格涨幅2%左右；粮食产量保持500亿斤以上。去年新增就业68万人。';
  const rows = extractDirectives(docOf(text, '2026-01-27'));
  assert.deepEqual(
    rows.map((r) => [r.quantities[0].text, r.status]),
    [
      ['5.5%左右', 'directive'],
      ['70万人以上', 'directive'],
      ['2%左右', 'directive'],
      ['500亿斤以上', 'directive'],
    ],
  );
  // The list ends with its sentence: what follows reports a result.
  const all = extractDirectives(docOf(text, '2026-01-27'), { all: true });
  assert.deepEqual(
    all.filter((r) => r.status === 'achievement').map((r) => r.quantities[0].text),
    ['68万人'],
  );
});

test('a list of targets: opened by a target word just before its colon, ended by its sentence or a line end', async () => {
  const directives = (text: string, date: string | undefined = '2026-01-27') =>
    extractDirectives(docOf(text, date)).map((r) => r.quantities[0].text);
  // Items that sound past are still targets when a list of targets holds them.
  assert.deepEqual(
    directives(
      '主要预期目标是：城乡居民人均可支配收入分别增长5%、6.5%左右；单位地区生产总值能耗比上年下降2.5%左右；累计建成友好阵地7000个以上。',
    ),
    ['5%', '2.5%左右', '7000个以上'],
  );
  // A line end closes the list: what follows reports.
  assert.deepEqual(directives('主要目标是：经济增长5%；城镇新增就业10万人；\n一年来，全市新增就业12万人；完成投资800亿元。'), [
    '5%',
    '10万人',
  ]);
  // No target word in the clause before the colon (要求 is further back; 应 is a surname): no list.
  // (The first item shares a sentence with 要求, which it inherits as any clause after a cue does.)
  const reported = directives('落实总书记要求，全省重点项目建设有力有序：新开工项目120个；完成投资800亿元；建成高标准农田50万亩。');
  assert.ok(!reported.includes('800亿元') && !reported.includes('50万亩'), reported.join(' '));
  // A pointer before the colon (包括：) leaves the cue to the clause before it.
  assert.deepEqual(directives('今年，我们将办好15件民生实事，包括：完成老旧小区改造600个；布局急救设备700处；新增托位5000个。').slice(-3), [
    '600个',
    '700处',
    '5000个',
  ]);
  assert.ok(!directives('应勇回顾了2025年工作：起诉犯罪嫌疑人150万人；办理公益诉讼案件19万件。').includes('19万件'));
});

test('a time limit earlier in the sentence makes a weak cue instruct; a date or a period does not', async () => {
  // A time limit in the clause before is carried into the clause it bounds: the figure follows it.
  const statuses = (text: string) =>
    extractDirectives(docOf(text, '2025-11-20'), { all: true })
      .filter((r) => r.kind !== 'deadline')
      .map((r) => [r.quantities.find((q) => q.kind !== 'deadline')!.text, r.status]);
  assert.deepEqual(statuses('《规划》提出，到2030年，粮食综合生产能力达到1.45万亿斤左右，高标准农田面积达到12亿亩。'), [
    ['1.45万亿斤左右', 'directive'],
    ['12亿亩', 'directive'],
  ]);
  assert.deepEqual(statuses('2025年前三季度，全国规模以上文化企业实现营业收入91619亿元。'), [['91619亿元', 'achievement']]);
  assert.deepEqual(statuses('截至2025年底，全国体育场地面积达到34.1亿平方米。'), [['34.1亿平方米', 'achievement']]);
  assert.deepEqual(statuses('今年端午假期，全国实现国内旅游收入258.2亿元。'), [['258.2亿元', 'achievement']]);
  // Without the document's date a year's end may be past: only 到… and …前/…内 look ahead.
  const undated = (text: string) =>
    extractDirectives(docOf(text), { all: true })
      .filter((r) => r.quantities.some((q) => q.kind !== 'deadline'))
      .map((r) => r.status);
  assert.deepEqual(undated('2024年末，全国参加基本养老保险人数达到10.7亿人。'), ['achievement']);
  assert.deepEqual(undated('到2030年，粮食综合生产能力达到1.45万亿斤左右。'), ['directive']);
});

test('speaker named before the instruction, and 他 resolved to the last name', async () => {
  const rows = extractDirectives(docOf('市委书记王明强调，要新建20个重点项目。他要求，6月底前完成签约。', '2024-01-10'));
  assert.deepEqual(
    rows.map((r) => [r.speaker, r.kind, r.quantities[0].date ?? r.quantities[0].value]),
    [
      ['王明', 'count', 20],
      ['王明', 'deadline', '2024-06-30'],
    ],
  );
});

test('deadlines: with and without a document date', async () => {
  const v = (s: string, d?: string) => findDeadlines(s, d).map((q) => q.date);
  assert.deepEqual(v('到2027年', '2024-03-01'), ['2027-12-31']);
  assert.deepEqual(v('2025年底前'), ['2025-12-31']);
  assert.deepEqual(v('年内', '2022-03-02'), ['2022-12-31']);
  assert.deepEqual(v('年内'), [null]);
  assert.deepEqual(v('三年内', '2022-03-02'), ['2025-03-02']);
  assert.deepEqual(v('在2022年'), []);
  // 前 that counts from the start of a period is no limit: 2025年前三季度, 6月前10天.
  assert.deepEqual(v('2025年前三季度，收入增长', '2025-11-20'), []);
  assert.deepEqual(v('6月前10天', '2025-05-20'), []);
  assert.deepEqual(v('6月底前完成', '2025-05-20'), ['2025-06-30']);
  assert.deepEqual(v('确保6月底前10个重点项目全部开工', '2025-05-20'), ['2025-06-30']);
  assert.deepEqual(v('前10个月', '2025-05-20'), []);
});

test('sentences are not split inside quotes', async () => {
  const text = '要按照“强规划。重招商”的要求推进。一要强规划。';
  assert.deepEqual(
    splitSentences(text).map((s) => text.slice(s.start, s.end)),
    ['要按照“强规划。重招商”的要求推进。', '一要强规划。'],
  );
});

test('enumerations need to count up from one in one style', async () => {
  const e = findEnumerations('一是加强领导；二是完善机制；四是不算。');
  assert.equal(e.length, 1);
  assert.equal(e[0].items.length, 2);
});

const CORPUS = join(ROOT, '..', 'shared', 'corpora', 'gwr-provincial-2026', '2026_河北省.txt');
test(
  'a 2026 provincial work report: the growth targets with their rates and ranges',
  { skip: existsSync(CORPUS) ? false : 'the shared corpora are not beside the project' },
  async () => {
    const rows = await directivesOf([CORPUS]);
    const gdp = rows.find((r) => r.simplified.includes('地区生产总值增长5%以上'));
    assert.ok(gdp, 'GDP target');
    assert.equal(gdp!.kind, 'rate');
    assert.deepEqual(
      gdp!.quantities.map((q) => [q.value, q.unit]),
      [[5, '%']],
    );
    const cpi = rows.find((r) => r.simplified.includes('居民消费价格涨幅2%左右'));
    assert.deepEqual(
      cpi!.quantities.map((q) => [q.text, q.value]),
      [['2%左右', 2]],
    );
    // The review of the past five years is not a directive.
    assert.ok(!rows.some((r) => r.simplified.includes('从2020年的3.68万亿元增长到2025年的4.93万亿元')));
  },
);

test('speaker: a name before 强调, not the words of the sentence that carry it', async () => {
  assert.equal(findSpeaker('习近平在讲话中强调，要坚持稳中求进。'), '习近平');
  assert.equal(findSpeaker('会上，陈新强调，要抓好项目建设。'), '陈新');
  assert.equal(findSpeaker('会议指出，要确保年内完成。'), undefined);
  assert.equal(findSpeaker('，在讲话中强调，要确保年内完成。'), undefined);
  assert.equal(findSpeaker('。再次强调，要确保年内完成。'), undefined);
  assert.equal(findSpeaker('。按照要求，要确保年内完成。'), undefined);
});
