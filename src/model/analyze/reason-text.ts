import { memoByText } from "../values/text-cache";
import { foldText } from "../values/normalize";

/** What an explanation says: nothing, "no deviation", a shortfall, or something else. */
export type ReasonKind = "empty" | "none" | "shortfall" | "other";

// Whole-cell phrases that explain nothing (docs/rules.md#reason-wording): a deduction needs more than these.
const NO_DEVIATION = new Set([
  "无",
  "无偏差",
  "没有偏差",
  "无差异",
  "无偏离",
  "无明显偏差",
  "不存在偏差",
  "偏差无",
  "无偏差无",
  "已完成",
  "完成",
  "全部完成",
  "已全部完成",
  "按计划完成",
  "达到预期",
  "无问题",
  "正常",
  "/",
  "-",
  "—",
  "——",
  "无。",
  "无偏差。",
]);

// Words that describe a shortfall (docs/rules.md#reason-without-deduction): full marks next to these contradict each other.
const SHORTFALL = [
  "未完成",
  "未按期",
  "未按时",
  "滞后",
  "未达到",
  "未达标",
  "未办理",
  "未开展",
  "未能",
  "延期",
  "推迟",
  "延迟",
  "进度慢",
  "尚未",
  "没有完成",
  "未全部",
  "未实现",
  "未到位",
  "未支付",
  "未验收",
  "不足",
  "偏低",
  "差距",
];

// Punctuation that may close an explanation ("无偏差。"), removed from its end before the words are judged.
const TRAILING = new Set(["。", "．", ".", "，", ",", "；", ";", "！", "!"]);

/** s without trailing punctuation, walking back from the end once (/[。，…]+$/ rescanned every run: quadratic). */
function withoutTrailing(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING.has(s.charAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

/**
 * Classifies a deviation explanation by its words: one fold, one split and a fixed list of substring searches,
 * each linear in the text; a text repeated across rows is classified once (text-cache.ts).
 */
export const classifyReason: (text: string) => ReasonKind = memoByText((text: string): ReasonKind => {
  const s = withoutTrailing(foldText(text));
  if (s === "") return "empty";
  const parts = s.split(/[;；]/).filter(Boolean);
  if (parts.every((p) => NO_DEVIATION.has(p))) return "none";
  if (SHORTFALL.some((w) => s.includes(w))) return "shortfall";
  return "other";
});
