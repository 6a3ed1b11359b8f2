import { isFiniteNumber } from "./numbers";

/**
 * Scoring conventions that differ between provinces and vendor systems (docs/rules.md#profile).
 * Every engine function takes a resolved Profile, so one switch changes the whole check.
 */
export interface Profile {
  /** Reverse (≤) indicators: "ratio" = w·min(1, A/B) as printed on forms; "linear" = w·clamp(1-(B-A)/A, 0, 1) as the vendor computes. */
  reverseMode: "ratio" | "linear";
  /** Equal (=) indicators: "vendor" = A==0 ? (B<=0 ? w : 0) : positive rule; "strict" = B==A ? w : w·max(0, 1-|B-A|/A). */
  equalMode: "vendor" | "strict";
  /** How values are rounded for display and for comparing with written cells. */
  rounding: "half-up" | "truncate";
  /** Decimal places for display rounding. */
  digits: number;
  /** Largest accepted gap between a written score and the recomputed one. */
  scoreTolerance: number;
  /** Largest accepted gap between a written rate and the recomputed one (a fraction: 0.005 = half a percentage point). */
  rateTolerance: number;
  /** actual/target at or above which a full score needs an explanation (vendor scorepercentage). */
  overAchievement: number;
  /** Lower bounds (as fractions of the weight) of qualitative tiers 1 and 2; tier 3 runs from 0. */
  qualitativeTiers: [number, number];
}

/** The national defaults: printed-note reverse rule, vendor equal rule, half-up to 2 decimals. */
export const DEFAULT_PROFILE: Profile = Object.freeze({
  reverseMode: "ratio",
  equalMode: "vendor",
  rounding: "half-up",
  digits: 2,
  scoreTolerance: 0.1,
  rateTolerance: 0.005,
  overAchievement: 1.2,
  qualitativeTiers: Object.freeze([0.8, 0.6]) as unknown as [number, number],
}) as Profile;

function pickEnum<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function pickNonNegative(value: unknown, fallback: number): number {
  return isFiniteNumber(value) && value >= 0 ? value : fallback;
}

function pickDigits(value: unknown): number {
  return isFiniteNumber(value) && Number.isInteger(value) && value >= 0 && value <= 10 ? value : DEFAULT_PROFILE.digits;
}

function pickTiers(value: unknown): [number, number] {
  if (Array.isArray(value) && value.length === 2) {
    const [upper, lower] = value as unknown[];
    // Tier bounds must nest inside [0, 1] or the three ranges would overlap.
    if (isFiniteNumber(upper) && isFiniteNumber(lower) && lower >= 0 && lower <= upper && upper <= 1) return [upper, lower];
  }
  const [upper, lower] = DEFAULT_PROFILE.qualitativeTiers;
  return [upper, lower];
}

/**
 * Fills a partial profile with the defaults; invalid fields (wrong enum, negative or non-finite numbers,
 * non-nesting tiers) fall back to their default instead of throwing.
 */
export function resolveProfile(partial?: Partial<Profile> | null): Profile {
  const p: Partial<Profile> = partial ?? {};
  const d = DEFAULT_PROFILE;
  return {
    reverseMode: pickEnum(p.reverseMode, ["ratio", "linear"] as const, d.reverseMode),
    equalMode: pickEnum(p.equalMode, ["vendor", "strict"] as const, d.equalMode),
    rounding: pickEnum(p.rounding, ["half-up", "truncate"] as const, d.rounding),
    digits: pickDigits(p.digits),
    scoreTolerance: pickNonNegative(p.scoreTolerance, d.scoreTolerance),
    rateTolerance: pickNonNegative(p.rateTolerance, d.rateTolerance),
    overAchievement: isFiniteNumber(p.overAchievement) && p.overAchievement > 0 ? p.overAchievement : d.overAchievement,
    qualitativeTiers: pickTiers(p.qualitativeTiers),
  };
}
