// Manual folding instead of String.prototype.normalize("NFKC"): NFKC also rewrites "①" to "1" or "½" to "1⁄2",
// which would invent numbers, and some Office webviews lack normalize().
const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) return String.fromCharCode(code - FULL_WIDTH_OFFSET);
  if (ch === "﹪") return "%";
  if (ch === "﹣" || ch === "−") return "-";
  return ch;
}

/** Folds full-width ASCII (０-９ ％ ． （） ＞ ＝ ～ …) to half-width and removes every whitespace character. */
export function foldText(s: string): string {
  // Most cells need no folding; skip the per-character pass for them (it dominates large sheets).
  const folded = FOLDABLE.test(s) ? s.replace(FOLDABLE_ALL, foldChar) : s;
  return WHITESPACE.test(folded) ? folded.replace(WHITESPACE_ALL, "") : folded;
}

const FOLDABLE = /[\uff01-\uff5e﹪﹣−]/;
const FOLDABLE_ALL = /[\uff01-\uff5e﹪﹣−]/g;
const WHITESPACE = /\s/;
const WHITESPACE_ALL = /\s+/g;

/**
 * Prepares cell text for parsing: folds it, removes thousands separators and spells squared/cubed metres as
 * units, so "m²"/"m2" is not read as a second number.
 */
export function normalizeText(s: string): string {
  return foldText(s)
    .replace(/km[2²](?![\d.])/gi, "平方公里")
    .replace(/m[2²](?![\d.])/gi, "㎡")
    .replace(/m[3³](?![\d.])/gi, "立方米")
    .replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
}
