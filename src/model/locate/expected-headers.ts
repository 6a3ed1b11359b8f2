import { INDICATOR_HEADERS, type IndicatorColumn } from "./aliases";
import type { Lang } from "../report/report";

const SHOWN: IndicatorColumn[] = ["level3", "target", "actual", "weight", "score"];
const ENGLISH: Record<string, string> = {
  level3: "level-3 indicator (三级指标)",
  target: "annual target (年度指标值)",
  actual: "actual value (实际完成值)",
  weight: "weight (分值)",
  score: "score (得分)",
};

/** The indicator-table headers the locator needs, with their accepted aliases, for a "no form found" message. */
export function expectedHeaders(lang: Lang): string[] {
  return SHOWN.map((col) => {
    const [main, ...aliases] = INDICATOR_HEADERS[col];
    if (lang === "en") return ENGLISH[col];
    return aliases.length ? `${main}（或${aliases.slice(0, 2).join("、")}）` : main;
  });
}
