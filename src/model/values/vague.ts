// The phrases that make a 年度指标值 unmeasurable (docs/rules.md#target-unmeasurable): wording a reviewer sends back with
// "建议量化". Kept as data, the one list the engine and PERF.CHECK use, so a reviewer's new find is one line
// here and one case in the test. A target is vague when it has no digit and contains one of these (after
// full-width folding, spaces, invisible characters and punctuation removed); a target with a number
// ("满意度≥90%", "进一步提高到95%") is never vague.
import { memoByText } from "./text-cache";
import { foldText } from "./normalize";

export const VAGUE_TARGET_PHRASES: readonly string[] = [
  // "Somewhat better": a change with no size (有所提高).
  "有所提高",
  "有所提升",
  "有所改善",
  "有所增加",
  "有所增强",
  "有所下降",
  // "Greatly better": a size with no number (大幅提高).
  "大幅提高",
  "大幅提升",
  "大幅增加",
  "大幅度",
  // "Effectively better" (有效提升): the audit_agent example of a description to quantify.
  "有效提升",
  "有效提高",
  "有效改善",
  "有效增强",
  // "Clearly / notably better", and the effect or role being clear (作用明显, 效果显著): what real forms write
  // for 效益指标.
  "明显改善",
  "明显提高",
  "明显提升",
  "明显增强",
  "显著提高",
  "显著提升",
  "显著改善",
  "显著增强",
  "作用明显",
  "作用显著",
  "效果明显",
  "效果显著",
  "成效明显",
  "成效显著",
  // "Has been raised" (得到提升): states that a change happened, not how much.
  "得到提升",
  "得到提高",
  "得到改善",
  "得到加强",
  "得到增强",
  // A satisfaction level in words (很满意) instead of a rate such as ≥90%.
  "很满意",
  "较满意",
  "满意度较高",
  "满意度高",
  // "Further / steadily / continuously": a trend without an end point.
  "进一步",
  "不断提高",
  "不断提升",
  "逐步提高",
  "逐步提升",
  "稳步提升",
  "稳步提高",
  "持续提升",
  "持续改善",
  "一定程度",
];

// One character class, replaced globally: linear. Whitespace and invisible characters are gone after foldText.
const PUNCTUATION = /[，,。.、；;：:！!？?"“”‘’'()（）《》<>【】[\]\-—_…·]/g;

/** Text reduced to what the phrases are matched against: folded, no spaces or punctuation; once per distinct text. */
const bare = memoByText((text: string): string => foldText(text).replace(PUNCTUATION, ""));

/** The first vague phrase a target uses, or null when it has a number or none of the phrases. */
export function vaguePhraseOf(target: string): string | null {
  if (typeof target !== "string") return null;
  return phraseOfBare(bare(target));
}

function phraseOfBare(t: string): string | null {
  if (t === "" || /\d/.test(t)) return null;
  return VAGUE_TARGET_PHRASES.find((p) => t.includes(p)) ?? null;
}

/**
 * True when a target cannot be measured because it has no number and either repeats the indicator name
 * (equal, or one contains the other) or uses one of the vague phrases above (有所提高, 作用明显, 进一步…).
 */
export function isVagueTarget(text: string, indicatorName?: string | null): boolean {
  if (typeof text !== "string") return false;
  const target = bare(text);
  if (target === "" || /\d/.test(target)) return false;
  const name = typeof indicatorName === "string" ? bare(indicatorName) : "";
  // Short targets like "及时" sit inside many names by chance; require some length before calling it a repeat.
  if (name !== "" && (target === name || (name.length >= 2 && target.includes(name)) || (target.length >= 4 && name.includes(target)))) {
    return true;
  }
  return phraseOfBare(target) !== null;
}

/**
 * True for a target that is only a placeholder: one or more asterisks ("*", full-width "＊"), the mark a
 * template or a system export leaves where the value was never set (docs/rules.md#target-unmeasurable).
 */
export function isPlaceholderTarget(target: string): boolean {
  return typeof target === "string" && /^\*+$/.test(foldText(target));
}
