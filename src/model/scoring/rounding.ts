export type RoundingMode = "half-up" | "truncate";

/** Splits a non-negative finite number into decimal digits and an exponent: value = digits × 10^exp. */
function toDecimal(abs: number): { digits: string; exp: number } {
  // String() gives the shortest decimal that round-trips, i.e. what a person typed: 2.675, not 2.67499999….
  const [mantissa, e = "0"] = String(abs).split("e");
  const [intPart, frac = ""] = mantissa.split(".");
  return { digits: (intPart + frac).replace(/^0+/, ""), exp: Number(e) - frac.length };
}

/** Adds one to a string of decimal digits ("299" → "300"). */
function incrementDigits(digits: string): string {
  let out = "";
  let carry = 1;
  for (let i = digits.length - 1; i >= 0; i--) {
    const d = Number(digits.charAt(i)) + carry;
    carry = d === 10 ? 1 : 0;
    out = String(d % 10) + out;
  }
  return carry ? `1${out}` : out;
}

function roundAbs(abs: number, digits: number, mode: RoundingMode): number {
  const dec = toDecimal(abs);
  if (dec.digits === "") return 0;
  const drop = -(dec.exp + digits);
  if (drop <= 0) return abs;
  const keepLength = dec.digits.length - drop;
  const kept = keepLength > 0 ? dec.digits.slice(0, keepLength) : "0";
  const firstDropped = keepLength >= 0 ? dec.digits.charAt(keepLength) : "0";
  const rounded = mode === "half-up" && firstDropped >= "5" ? incrementDigits(kept) : kept;
  return Number(`${rounded}e${-digits}`);
}

/**
 * Rounds x to a number of decimals on its decimal representation, so half-up is exact (2.675 → 2.68,
 * 6.665 → 6.67) and negatives mirror positives (-2.675 → -2.68); truncate drops digits toward zero.
 * Non-finite x is returned as is; digits is truncated to an integer in [-20, 20].
 */
export function roundTo(x: number, digits: number, mode: RoundingMode = "half-up"): number {
  if (typeof x !== "number" || !Number.isFinite(x)) return x;
  const d = Number.isFinite(digits) ? Math.max(-20, Math.min(20, Math.trunc(digits))) : 0;
  const abs = roundAbs(Math.abs(x), d, mode === "truncate" ? "truncate" : "half-up");
  const out = x < 0 ? -abs : abs;
  return out === 0 ? 0 : out;
}
