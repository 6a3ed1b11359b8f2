import type { Profile } from "./profile";
import type { Completion } from "./completion";

/** docs/rules.md#over-achievement: true when a quantitative result reached profile.overAchievement × target (120% by default). */
export function isOverAchieved(c: Completion, profile: Profile): boolean {
  return c.kind === "quantitative" && c.exceedRatio !== null && c.exceedRatio >= profile.overAchievement - 1e-9;
}
