import { test } from 'node:test';
import { inferRegion } from '../src/clean/region.js';
import { createDocument, type DocumentMeta } from '../src/document.js';
import { prepareDocument } from '../src/pipeline.js';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { stripPinyin } from '../src/clean/pinyin.js';
import { findMojibake } from '../src/clean/mojibake.js';
import { isBoilerplate } from '../src/clean/boilerplate.js';
import { parseDate, readHeader } from '../src/clean/metadata.js';
import { datelineDate } from '../src/clean/dateline.js';
import { canonicalLine } from '../src/normalize/normalize.js';
import { decodeBytes } from '../src/read/decode.js';
import { htmlToText } from '../src/read/html.js';
import { parseJsonLines } from '../src/read/jsonl.js';
import { runCli, ROOT } from './helpers.js';

test('pinyin after characters is removed; real parentheses stay', async () => {
  const s = (t: string) => stripPinyin(t)?.text ?? t;
  assert.equal(s('經(jīng)濟(jì)'), '經濟');
  assert.equal(s('黨(工)委'), '黨(工)委');
  assert.equal(s('中船風電(張掖)開發'), '中船風電(張掖)開發');
  assert.equal(s('(來源:張掖日報'), '(來源:張掖日報');
  assert.equal(s('人工智能(AI)'), '人工智能(AI)');
  // Toneless syllables only in a text that has toned annotations as well.
  assert.equal(s('我們(men)'), '我們(men)');
  assert.equal(s('我們(men)經(jīng)濟(jì)'), '我們經濟');
});

test('mojibake: signatures and lost characters are found, questions are not', async () => {
  const runs = (t: string) => findMojibake(t).map((r) => t.slice(r.start, r.end));
  assert.deepEqual(runs('推行“五?!蹦J?,開展'), ['?!蹦J?']);
  assert.deepEqual(runs('打?。?span id="x">'), ['?。?span']);
  assert.deepEqual(runs('锟斤拷锟斤拷文字'), ['锟斤拷锟斤拷']);
  assert.deepEqual(runs('这是为什么? 他问'), []);
  assert.deepEqual(runs('好吗?他说'), []);
  assert.deepEqual(runs('鈥渂ad鈥'), ['鈥渂ad鈥']);
  assert.deepEqual(runs('约瑟夫・斯大林'), []);
  assert.deepEqual(runs('见 index.php?id=3 页面'), []);
});

test('boilerplate lines go, article lines that mention the same words stay', async () => {
  for (const l of [
    '联系我们 | 关于我们 | 版权申明 | 网站地图',
    '版权所有:中共张掖市委 张掖市人民政府 陇ICP备13000766号-2',
    '责任编辑:马和相',
    '扫描二维码',
    '请输入验证码',
    '【字号：',
    '下载',
  ])
    assert.ok(isBoilerplate(l), l);
  for (const l of [
    '要加强知识产权保护，打击侵犯版权所有人权益的行为，营造良好的创新环境，推动形成尊重知识、尊重创造的社会风尚，为高质量发展提供有力支撑，切实维护权利人合法权益，严厉查处各类违法违规行为。',
    '市领导参加。',
  ])
    assert.ok(!isBoilerplate(l), l);
});

test('metadata: labelled dates, chained fields and government page headers', async () => {
  const meta = {};
  const remove = readHeader(['标题', '来源:日期:2022-03-02', '正文'], meta);
  assert.deepEqual(meta, { date: '2022-03-02' });
  assert.deepEqual([...remove], [1]);
  const gov: Record<string, string> = {};
  readHeader(
    ['索 引 号：', '000014349/2019-00001', '发文机关：', '国务院办公厅', '成文日期：', '2019年01月01日', '标 题：', '关于……的通知'],
    gov,
  );
  assert.deepEqual(gov, { source: '国务院办公厅', date: '2019-01-01', title: '关于……的通知' });
  const published: DocumentMeta = {};
  assert.deepEqual([...readHeader(['当前位置：', '首页', '发表时间：', '2026-02-09 09:45:30', '阅读量：'], published)], [2, 3]);
  assert.equal(published.date, '2026-02-09');
  assert.equal(parseDate('发布时间:2021年07月08日'), '2021-07-08');
  assert.equal(parseDate('20240305.txt'), '2024-03-05');
  assert.equal(parseDate('2024-13-40'), undefined);
});

test("metadata: a document's own dateline or closing date when it has no header fields", async () => {
  const body = Array.from({ length: 50 }, (_, i) => `第${i + 1}段。要在2019年12月31日前完成任务。`).join('\n');
  const cases: Array<[string, string | undefined]> = [
    ['2024年政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强', '2024-03-05'],
    ['决胜全面建成小康社会\n——在中国共产党第十九次全国代表大会上的报告\n（2017年10月18日）\n习近平', '2017-10-18'],
    ['关于政府工作报告的决议\n（2023年3月13日第十四届全国人民代表大会第一次会议通过）', '2023-03-13'],
    ['政府工作报告\n——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上', '2026-01-27'],
    ['政府工作报告\n——二O二四年三月五日在县第十八届人民代表大会第三次会议上', '2024-03-05'],
    ['讲话\n（2024 年 3 月 5 日）', '2024-03-05'],
    ['某某区召开项目推进会\n2024年3月5日 星期二\n会议要求，加快项目建设。', '2024-03-05'],
    ['一九五九年四月十八日', '1959-04-18'],
    // Past page chrome left in, still before the body.
    ['您的位置：\n首页\n>\n要闻\n2026年政府工作报告\n——2026年1月28日在省第十四届人民代表大会第四次会议上', '2026-01-28'],
    // The signature block (落款): the issuing body, then the date alone, near the end.
    [`关于印发实施方案的通知\n${body}\n某某市人民政府办公室\n2021年7月8日`, '2021-07-08'],
    [`关于印发实施方案的通知\n${body}\n中共某某县委办公室\n（2021年7月8日）\n（此件公开发布）`, '2021-07-08'],
    // Not the document's date: a date in a sentence, a deadline, the value of a label, a sentence broken across lines.
    ['通知\n2019年12月31日前完成报告。\n正文', undefined],
    ['通知\n2019年12月31日前完成工作报告', undefined],
    ['活动通知\n报名截止日期：\n2024年4月10日\n请各单位按时报送。', undefined],
    ['会议于\n2023年10月18日在北京召开，习近平出席并讲话\n会议指出，要加强合作。', undefined],
    ['各位代表：\n现在，我代表政府报告工作。\n2024年3月5日在北京', undefined],
    [`通知\n${body}`, undefined],
    // Not a signature block: a time stamp, a date after no issuing body, a task table, a list of other articles.
    [`通知\n${body}\n某某市人民政府办公室\n2021年7月8日 10:20`, undefined],
    [`通知\n${body}\n2021年7月8日`, undefined],
    [`通知\n${body}\n附件：任务分工表\n1\n推进园区建设\n市发改委\n2024年6月30日\n2\n推进招商引资\n市商务局\n2024年12月31日`, undefined],
    [`新闻\n${body}\n相关新闻\n某县召开推进会\n2024年02月28日\n某市举行签约仪式\n2024年02月20日`, undefined],
    // A year alone, no year, or no such day, is not a date.
    ['2025年中华人民共和国国务院政府工作报告\n各位代表：', undefined],
    ['调研工业项目时强调\n10月8日，区委书记在经开区调研。\n10月8日', undefined],
    ['——2024年13月5日在会议上', undefined],
    ['——二〇二四年二月三十日在会议上', undefined],
    ['——二〇二四年一二十月一日在会议上', undefined],
  ];
  for (const [text, date] of cases) assert.equal(datelineDate(text), date, text.slice(0, 40));
  assert.equal(parseDate('2024年2月30日'), undefined);
  assert.equal(parseDate('2024年2月29日'), '2024-02-29');
});

test("metadata: header fields, then the file name, then the document's own dateline", async () => {
  const doc = (path: string, text: string) =>
    prepareDocument(createDocument({ name: path, path, format: 'text', encoding: 'utf-8', original: text }));
  const dateline =
    '2024年政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n各位代表：\n现在，我代表国务院向大会报告政府工作。\n';
  assert.equal(doc('report.txt', dateline).meta.date, '2024-03-05');
  assert.equal(doc('20240306-report.txt', dateline).meta.date, '2024-03-06');
  assert.equal(doc('report.txt', `发布时间：2024年03月07日\n${dateline}`).meta.date, '2024-03-07');
  assert.equal(doc('-', dateline).meta.date, '2024-03-05');
});

test('normalisation: simplified script, canonical width, variants, same length', async () => {
  for (const [from, to] of [
    ['經濟發展', '经济发展'],
    ['ＡＢＣ１２３％', 'ABC123%'],
    ['承載著', '承载着'],
    ['著作', '著作'],
    ['發展,推進', '发展，推进'],
  ]) {
    assert.equal(canonicalLine(from), to);
    assert.equal(canonicalLine(from).length, from.length);
  }
  // OpenCC maps some characters outside the BMP; the line keeps its length and its map stays exact.
  assert.equal(canonicalLine('功勣卓著').length, 4);
});

test('decoding: UTF-8, GB18030 and Big5 are told apart; binary is refused', async () => {
  const text = readFileSync(join(ROOT, 'fixtures', 'seeds', '004_7c11dd2c7fd5fdc1.txt'), 'utf8');
  const simplified = canonicalLine(text.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, ''));
  for (const [enc, expected, input] of [
    ['gb18030', 'gb18030', simplified],
    ['big5hkscs', 'big5', text],
    ['utf-8', 'utf-8', text],
  ] as const) {
    const r = decodeBytes(iconv.encode(input, enc));
    assert.ok(r.ok);
    if (r.ok) assert.equal(r.value.encoding, expected);
  }
  const bom16 = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('经济', 'utf16le')]));
  assert.ok(bom16.ok && bom16.value.text === '经济');
  const png = decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  assert.ok(!png.ok && /PNG/.test(png.reason));
});

test('HTML: scripts, styles and navigation dropped; blocks become lines; entities decoded; offsets map back', async () => {
  const html =
    '<html><head><title>标题_某某县人民政府</title><script>var x="<p>no</p>";</script></head><body><nav>首页 | 新闻</nav><p>招商&amp;引资</p><div>第二段&nbsp;文字</div></body></html>';
  const r = htmlToText(html);
  assert.equal(r.text.trim(), '招商&引资\n第二段 文字');
  assert.equal(r.title, '标题_某某县人民政府');
  const i = r.text.indexOf('引资');
  assert.equal(html.slice(r.map.toSourceStart(i), r.map.toSourceEnd(i + 2)), '引资');
});

test('JSON Lines: text field, id, malformed and non-object lines reported', async () => {
  const items = [...parseJsonLines('{"id":"a","content":"文本"}\n{"url":"u","text":"二"}\n[1]\n{"id":\n{"body":"三"}\n{"title":"无"}\n')];
  assert.deepEqual(
    items.map((i) => (i.ok ? i.record.id : i.code)),
    ['a', 'u', 'malformed-record', 'malformed-record', 'line5', 'no-text-field'],
  );
});

test('re-encoded, HTML-wrapped and JSON Lines copies of the seeds give the same text', async () => {
  const lines = async (args: string[]) =>
    (await runCli(['text', ...args])).stdout.split('\n').filter((l) => l.trim() && !l.startsWith('==>'));
  const seeds = await lines(['fixtures/seeds']);
  assert.ok(seeds.length > 30);
  for (const v of readdirSync(join(ROOT, 'fixtures', 'variants'))) assert.deepEqual(await lines([`fixtures/variants/${v}`]), seeds, v);
});

test('region: a city short name that is an ordinary word counts only when written in full', async () => {
  const meta: DocumentMeta = {};
  inferRegion('张掖经济技术开发区深化合作，扩大合作，加强合作交流。张掖市委强调要务实合作、开放合作。', meta);
  assert.deepEqual([meta.province, meta.city], ['甘肃省', '张掖市'], meta.regionEvidence);
  const national: DocumentMeta = {};
  inferRegion('作出一系列重大理论创新，坚持重大理论成果，建成世界首个平台，世界首位。', national);
  assert.equal(national.province, undefined, national.regionEvidence);
  const written: DocumentMeta = {};
  inferRegion('甘肃省合作市召开会议，合作市委书记强调加强合作。', written);
  // 合作市 is a county-level city: it counts for its prefecture.
  assert.deepEqual([written.province, written.city], ['甘肃省', '甘南藏族自治州']);
  // The list is of city names: 吉林 alone is the province, 吉林市 the city.
  const province: DocumentMeta = {};
  inferRegion('吉林加快振兴发展，吉林全面推进。', province);
  assert.deepEqual([province.province, province.city], ['吉林省', undefined], province.regionEvidence);
  const city: DocumentMeta = {};
  inferRegion('吉林市召开会议，吉林市委强调。', city);
  assert.deepEqual([city.province, city.city], ['吉林省', '吉林市'], city.regionEvidence);
});

test("region: a provincial report is the province's, a county-level city counts for its prefecture, a national text has none", async () => {
  const report: DocumentMeta = {};
  inferRegion(
    '政府工作报告\n——2026年1月26日在吉林省第十四届人民代表大会第五次会议上\n长春市、长春新区加快发展，长春汽车产业集群，长春现代化都市圈。全省经济增长。',
    report,
  );
  assert.deepEqual([report.province, report.city], ['吉林省', undefined], report.regionEvidence);
  const speaking: DocumentMeta = {};
  inferRegion('全省上下，我省坚持，全省推进。太原市、太原都市区、大同市加快发展，太原综改区。山西转型发展。', speaking);
  assert.deepEqual([speaking.province, speaking.city], ['山西省', undefined], speaking.regionEvidence);
  const county: DocumentMeta = {};
  inferRegion('义乌市召开会议，义乌小商品市场，义乌国际陆港。', county);
  assert.deepEqual([county.province, county.city], ['浙江省', '金华市'], county.regionEvidence);
  const national: DocumentMeta = {};
  inferRegion(
    '政府工作报告\n——2010年3月5日在第十一届全国人民代表大会第三次会议上\n我国经济，台湾同胞，台湾问题，香港、澳门繁荣稳定，台湾。',
    national,
  );
  assert.equal(national.province, undefined, national.regionEvidence);
});
