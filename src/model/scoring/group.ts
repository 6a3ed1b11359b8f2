/**
 * A merged 二级 group's score from its rows' completion ratios (docs/rules.md#merged-groups): weight × mean(ratios), or
 * weight × min(ratios) in "min" mode; null for no ratios, a non-finite ratio, or a negative/non-finite weight.
 */
export function groupScore(ratios: readonly number[], weight: number, mode: "mean" | "min" = "mean"): number | null {
  if (!Number.isFinite(weight) || weight < 0 || ratios.length === 0 || ratios.some((r) => !Number.isFinite(r))) return null;
  const clamped = ratios.map((r) => Math.min(Math.max(r, 0), 1));
  const combined = mode === "min" ? Math.min(...clamped) : clamped.reduce((s, r) => s + r, 0) / clamped.length;
  return weight * combined;
}
