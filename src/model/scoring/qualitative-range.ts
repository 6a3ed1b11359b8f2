import type { Profile } from "./profile";

// Multiplying by 0.8 leaves binary noise (0.8 × 7 = 5.6000000000000005); twelve decimals removes it.
function clean(x: number): number {
  return Math.round(x * 1e12) / 1e12;
}

/**
 * The score range of a qualitative tier (docs/rules.md#qualitative-tiers): tier 1 [0.8w, w], tier 2 [0.6w, 0.8w), tier 3 [0, 0.6w)
 * with the profile's bounds; the upper end of tiers 2 and 3 is exclusive. A negative or non-finite weight gives [0, 0].
 */
export function qualitativeRange(tier: 1 | 2 | 3, weight: number, profile: Profile): [number, number] {
  if (!Number.isFinite(weight) || weight < 0) return [0, 0];
  const [upper, lower] = profile.qualitativeTiers;
  if (tier === 1) return [clean(weight * upper), weight];
  if (tier === 2) return [clean(weight * lower), clean(weight * upper)];
  return [0, clean(weight * lower)];
}

/** The tier a written score falls in (the inverse of qualitativeRange); null when the score is outside [0, w]. */
export function tierOfScore(score: number, weight: number, profile: Profile): 1 | 2 | 3 | null {
  if (!Number.isFinite(score) || !Number.isFinite(weight) || weight < 0 || score < 0 || score > weight) return null;
  const [upper, lower] = profile.qualitativeTiers;
  if (score >= clean(weight * upper)) return 1;
  if (score >= clean(weight * lower)) return 2;
  return 3;
}
