import { memoByText } from "./text-cache";
import { foldText } from "./normalize";

// Checked in this order: a negation contains the positive word ("未完成" ⊃ "完成"), and a partial word
// qualifies it ("基本完成"), so the most negative reading must win.
const TIER_3 = [
  "未完成",
  "未达到",
  "未达成",
  "未达标",
  "未开展",
  "未实现",
  "未按时",
  "未及时",
  "未通过",
  "尚未",
  "没有完成",
  "没完成",
  "无法完成",
  "不能完成",
  "不及时",
  "不合格",
  "不达标",
  "滞后",
  "较差",
  "未启动",
];
const TIER_2 = ["部分", "基本", "较好", "大部分", "一定效果", "大体"];
const TIER_1 = ["全部完成", "已完成", "完成", "达到", "达成", "达标", "实现", "及时", "按时", "合格", "圆满"];

const isDigit = (s: string, i: number) => i >= 0 && i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;

/**
 * The first percentage stated in s ("完成率80%" → 80), as /(\d+(?:\.\d+)?)%/ finds it, or null. Found by looking
 * back from each "%" over the digits before it, so every character is read a bounded number of times; the
 * regex restarted its digit run at every digit (a long run of digits without "%" was quadratic).
 */
function statedPercent(s: string): number | null {
  for (let pct = s.indexOf("%"); pct >= 0; pct = s.indexOf("%", pct + 1)) {
    let start = pct;
    while (isDigit(s, start - 1)) start--;
    if (start === pct) continue;
    // "12.5%": a fraction needs digits on both sides of the point.
    if (s.charAt(start - 1) === "." && isDigit(s, start - 2)) {
      start--;
      while (isDigit(s, start - 1)) start--;
    }
    return Number(s.slice(start, pct));
  }
  return null;
}

/**
 * Maps a qualitative 实际完成值 to the three official tiers (docs/rules.md#qualitative-tiers): 1 达成, 2 部分达成, 3 未达成;
 * null when no known wording appears. Negations are checked first, then partial wording, then a stated
 * percentage (100% or more → 1, less → null), then completion wording.
 */
export function qualitativeTier(text: string): 1 | 2 | 3 | null {
  if (typeof text !== "string") return null;
  return tierOf(text);
}

// One reading per distinct text (text-cache.ts): a long actual repeated down a sheet is folded and searched once.
const tierOf = memoByText((text: string): 1 | 2 | 3 | null => {
  const s = foldText(text);
  if (TIER_3.some((w) => s.includes(w))) return 3;
  if (TIER_2.some((w) => s.includes(w))) return 2;
  // A stated percentage outweighs the wording: "完成率80%" is not "完成".
  const percent = statedPercent(s);
  if (percent !== null) return percent >= 100 ? 1 : null;
  if (TIER_1.some((w) => s.includes(w))) return 1;
  return null;
});
