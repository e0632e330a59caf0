/** Words that may be verbs of reporting as well as of instructing: weak on their own. */
const WEAK_CUES = [
  '实现',
  '达到',
  '新建',
  '新增',
  '建成',
  '完成',
  '启动',
  '开工',
  '引进',
  '培育',
  '打造',
  '推动',
  '加快',
  '部署',
  '提高到',
  '提升到',
  '降低到',
];
const WEAK = new Set(WEAK_CUES);

/**
 * Cue words of instructions, targets and commitments, the weak ones among
 * them, longest first so that 力争 wins over 争. A cue is what makes a
 * quantity a directive.
 */
const CUES = [
  ...['确保', '力争', '争取', '必须', '务必', '一定要', '计划', '目标', '预期目标', '要求', '将要', '要', '将', '应当', '应该', '应', '须'],
  ...['严禁', '禁止', '不得', '不低于', '不少于', '不超过', '控制在', '号召'],
  ...WEAK_CUES,
];
const CUE_RE = new RegExp(CUES.sort((x, y) => y.length - x.length).join('|'), 'g');
/** Words that report what already happened: with them and no strong cue, a figure is an achievement. */
const PAST =
  /同比|比上年|较上年|比去年|增长了|下降了|已经|已建成|已完成|累计|去年|上年|过去五年|过去一年|这五年|过去|实现了|完成了|达到了|突破了|创历史|历史新高|截至|截止|为止|分别增长|同比增长|共计|超过了/;
/** Cues strong enough to make a clause a directive even beside past-tense words. */
const STRONG = /确保|力争|争取|必须|目标|计划|要求|将|严禁|禁止|不得/;

const GENERIC = new Set(['要', '将', '应', '须', '将要']);

export interface Cue {
  word: string;
  index: number;
  strong: boolean;
}

/** The first cue in a stretch of text, preferring words that only instruct over those that may report. */
export function findCue(text: string): Cue | undefined {
  let weak: Cue | undefined;
  let generic: Cue | undefined;
  // One match at a time, not matchAll (which copies the expression on every call) nor all of them at once: a
  // sentence may be a whole 50 MB line, and the first specific cue ends the search. Nothing here calls findCue again,
  // and no cue is empty, so CUE_RE never matches the empty string (which would need a step past it).
  // Most text names no document: one scan spares a look back at every cue (a 50 MB line has millions).
  const titled = text.includes('《');
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(text); m !== null; m = CUE_RE.exec(text)) {
    const word = m[0];
    if (insideWord(word, text, m.index) || (titled && insideTitle(text, m.index))) continue;
    const cue = { word, index: m.index, strong: !WEAK.has(word) };
    // 要力争…, 将确保…: the specific word says more than the generic 要 or 将.
    if (cue.strong && !GENERIC.has(word)) return cue;
    if (cue.strong) generic ??= cue;
    else weak ??= cue;
  }
  return generic ?? weak;
}

/**
 * Words that hold a one-character cue without instructing: 主要, 重要 (要);
 * 将近, 将军 (将); 应急, 应用, 供应, 适应 (应), all frequent in government
 * text (应急管理, 应用场景, 供应链).
 */
const NOT_CUES: Record<string, RegExp> = {
  要: /主要|重要|需要|必要|首要|[一首]要务|要素|要点|要件|要害|纪要|摘要|提要|概要|要闻|只要|要求/,
  将: /将[近来军领士]/,
  // 应对 responds, but 应对标, 应对照 and 应对其… instruct; 应出席 and 应到192人 count those expected at a meeting.
  应: /应急|应用|供应|相应|适应|响应|效应|对应|应对(?![标照其])|反应|回应|呼应|感应|答应|顺应|应届|应收|应付|应邀|应征|应出席|应到(?:[\d一二三四五六七八九十百千]|会|代)/,
};

/** How far back a title's 《 is looked for: titles are shorter, and a search back to the start of a 50 MB sentence at every cue was quadratic. */
const TITLE_REACH = 100;

/** Whether `index` is inside a title in 《》: 发布《关于推动…的行动计划》 names a document, it does not push anything. */
function insideTitle(text: string, index: number): boolean {
  for (let i = index - 1; i >= Math.max(0, index - TITLE_REACH); i--) {
    const code = text.charCodeAt(i);
    if (code === OPEN_TITLE) return true;
    if (code === CLOSE_TITLE) return false;
  }
  return false;
}

const OPEN_TITLE = '《'.charCodeAt(0);
const CLOSE_TITLE = '》'.charCodeAt(0);

/** Whether the cue at `index` is part of a longer word that does not instruct (the character before and two after are looked at). */
function insideWord(word: string, text: string, index: number): boolean {
  const words = NOT_CUES[word];
  return words !== undefined && words.test(text.slice(Math.max(0, index - 1), index + 3));
}

/** Whether the text has a word of reporting what already happened (同比, 截至, 完成了…). */
export function reportsPast(text: string): boolean {
  return PAST.test(text);
}

/** True when the text reports a result rather than asks for one. */
export function isAchievement(text: string, cue: Cue | undefined): boolean {
  if (!PAST.test(text)) return !cue;
  return !(cue?.strong && STRONG.test(text));
}

const SPEAKER =
  /(?:^|[，。；\s])(?:[\p{Script=Han}]{0,12}(?:书记|市长|省长|县长|区长|主任|部长|总理|主席|局长|厅长|委员|组长)[、，]?)?([\p{Script=Han}]{2,4}?)(?:在[^，。]{0,30})?(强调|指出|要求|表示|提出|说|主持会议并强调|部署)[，：:]/u;
const NOT_NAMES =
  /^(会议|文件|通知|意见|方案|他们|大家|我们|报告|决议|国务院|中央|省委|市委|区委|县委|政府|部门|记者|有关|同时|并|他|她|文章|多次|明确|可以|进一步|专家|代表|委员|人士|负责人|发言人|群众|企业|公司)$|^(在|再次|按照|深刻|讲话|文章|多次|明确|可以|还|也|都|又|更|均|曾|已)/;
/** Common surnames (the hundred commonest and a few more): a speaker is a person named, not a word before 强调. */
const SURNAMES = new Set(
  [
    ...'习栗蔡丁王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
  ].concat(['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙']),
);

/** Whether a word reads as a person's name: a surname and one or two more characters. */
function looksLikeName(word: string): boolean {
  return SURNAMES.has(word.slice(0, 2)) ? word.length >= 3 : SURNAMES.has(word[0]) && word.length >= 2 && word.length <= 3;
}

/** Who gives the instruction, when the sentence names a person (陈新强调，…; 他要求，…). */
export function findSpeaker(text: string): string | undefined {
  const m = SPEAKER.exec(text);
  if (!m) return /(?:^|[，。])(他|她)(强调|指出|要求|表示)/.test(text) ? 'he/she (see context)' : undefined;
  const name = m[1];
  return NOT_NAMES.test(name) || !looksLikeName(name) ? undefined : name;
}
