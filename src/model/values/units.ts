import type { Unit, UnitFamily } from "./types";

/** A unit as read from text: the unit, how many characters it used, and how to convert a number to the base unit. */
export interface UnitReading {
  unit: Unit;
  /** Characters of the source text the unit token covers. */
  length: number;
  /** Power of ten to the base unit (万元 → 4, % → -2); applied on the decimal string so 603.25万元 stays exact. */
  pow10: number;
  /** A further non-decimal factor (亩 → ㎡); 1 for every other unit. */
  factor: number;
}

interface UnitSpec {
  token: string;
  family: UnitFamily;
  pow10: number;
  factor: number;
}

const MU_IN_SQUARE_METRES = 2000 / 3;

// Measure words met in 年度指标值 cells; 万-prefixed forms are added below.
const COUNT_TOKENS = [
  "人次",
  "次",
  "人",
  "个",
  "头",
  "辆",
  "户",
  "件",
  "家",
  "台",
  "套",
  "项",
  "篇",
  "场",
  "册",
  "份",
  "座",
  "所",
  "处",
  "条",
  "期",
  "批次",
  "批",
  "本",
  "张",
  "只",
  "名",
  "支",
  "块",
  "部",
  "起",
  "宗",
  "间",
  "栋",
  "棵",
  "株",
  "班",
  "门",
  "种",
  "类",
  "轮",
  "组",
  "架",
  "艘",
  "匹",
  "口",
  "眼",
  "盏",
  "幅",
  "单",
  "例",
];

// Units we recognise but do not convert: compared by label only.
const OTHER_TOKENS = [
  "公里",
  "千米",
  "km",
  "米",
  "吨",
  "千克",
  "公斤",
  "kg",
  "个小时",
  "小时",
  "个工作日",
  "工作日",
  "天",
  "日",
  "周",
  "个月",
  "月",
  "年",
  "分钟",
  "秒",
  "立方米",
  "升",
  "千瓦时",
  "千瓦",
  "kwh",
  "度",
];

function spec(token: string, family: UnitFamily, pow10 = 0, factor = 1): UnitSpec {
  return { token, family, pow10, factor };
}

function buildTable(): UnitSpec[] {
  const table: UnitSpec[] = [
    spec("元", "money"),
    spec("千元", "money", 3),
    spec("万元", "money", 4),
    spec("百万元", "money", 6),
    spec("亿元", "money", 8),
    spec("万亿元", "money", 12),
    spec("平方米", "area"),
    spec("平米", "area"),
    spec("㎡", "area"),
    spec("平方", "area"),
    spec("万平方米", "area", 4),
    spec("万平米", "area", 4),
    spec("万㎡", "area", 4),
    spec("平方公里", "area", 6),
    spec("公顷", "area", 4),
    spec("亩", "area", 0, MU_IN_SQUARE_METRES),
    spec("万亩", "area", 4, MU_IN_SQUARE_METRES),
    spec("%", "percent", -2),
    spec("百分比", "percent", -2),
    spec("百分点", "percent", -2),
    spec("个百分点", "percent", -2),
    spec("‰", "percent", -3),
  ];
  for (const t of COUNT_TOKENS) table.push(spec(t, "count"), spec(`万${t}`, "count", 4));
  for (const t of OTHER_TOKENS) table.push(spec(t, "other"));
  // Longest first, so "个百分点" wins over "个" and "人次" over "人".
  return table.sort((a, b) => b.token.length - a.token.length);
}

const UNIT_TABLE = buildTable();
const MAX_TOKEN = Math.max(...UNIT_TABLE.map((s) => s.token.length));
// Units by first character, in table order (longest tokens first), so a lookup scans a handful, not the table.
const BY_FIRST = new Map<string, typeof UNIT_TABLE>();
for (const s of UNIT_TABLE) {
  const list = BY_FIRST.get(s.token.charAt(0)) ?? [];
  list.push(s);
  BY_FIRST.set(s.token.charAt(0), list);
}

/** Words that follow a number without being its unit ("100以上", "50左右"). */
const NOT_A_UNIT = "以及或等的和与左右内外上下后前余多约";
const HAN = /^[\u3400-\u4dbf\u4e00-\u9fff]/;
const LATIN_RUN = /^[A-Za-z]+/;

/** Reads a known unit at the start of text (case-insensitive for Latin units), or null. */
export function readKnownUnit(text: string): UnitReading | null {
  const lower = text.slice(0, MAX_TOKEN).toLowerCase();
  for (const s of BY_FIRST.get(lower.charAt(0)) ?? []) {
    if (lower.startsWith(s.token)) {
      return { unit: { family: s.family, label: text.slice(0, s.token.length) }, length: s.token.length, pow10: s.pow10, factor: s.factor };
    }
  }
  return null;
}

/**
 * Reads an unknown unit at the start of text: one Han character (Chinese measure words are one character, so
 * "50盏路灯" and "50盏" agree) or a run of Latin letters; null when the text starts with anything else.
 */
export function readUnknownUnit(text: string): UnitReading | null {
  const latin = LATIN_RUN.exec(text);
  if (latin) return { unit: { family: "other", label: latin[0] }, length: latin[0].length, pow10: 0, factor: 1 };
  const first = text.charAt(0);
  if (HAN.test(first) && !NOT_A_UNIT.includes(first)) {
    return { unit: { family: "other", label: first }, length: 1, pow10: 0, factor: 1 };
  }
  return null;
}
