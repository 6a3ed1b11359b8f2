import { foldText } from "./normalize";

const VAGUE_WORDS = [
  "有所提高", "有所提升", "有所改善", "有所增加", "有所增强", "有所下降", "大幅提高", "大幅提升", "大幅增加", "大幅度",
  "有效提升", "有效提高", "有效改善", "有效增强", "明显改善", "明显提高", "明显提升", "显著提高", "显著提升", "显著改善",
  "进一步", "不断提高", "不断提升", "逐步提高", "逐步提升", "稳步提升", "稳步提高", "持续提升", "持续改善", "一定程度",
];
const PUNCTUATION = /[，,。.、；;：:！!？?"“”‘’'()（）《》<>【】[\]\-—_…·]/g;

function bare(s: string): string {
  return foldText(s).replace(PUNCTUATION, "");
}

/**
 * R07: true when a target cannot be measured because it has no number and either repeats the indicator name
 * (equal, or one contains the other) or uses vague wording such as 有所提高/大幅提高/有效提升/明显改善/进一步.
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
  return VAGUE_WORDS.some((w) => target.includes(w));
}
