import { memoByText } from "./text-cache";
import { INVISIBLE_ALL, INVISIBLE_ANY } from "./invisible";

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

/**
 * Folds full-width ASCII (０-９ ％ ． （） ＞ ＝ ～ …) to half-width and removes every whitespace and invisible
 * character (zero-width, non-breaking, ideographic space, format characters: see invisible.ts), so "无\u200B偏差"
 * reads as 无偏差 and a cell of zero-width spaces folds to "". One pass per regex, each a single character class:
 * linear in the text.
 */
export const foldText: (s: string) => string = memoByText(foldOnce);

// Every rule that reads text folds it first; one fold per distinct text (text-cache.ts) keeps a long text repeated
// down a sheet (2,000 rows of one pasted paragraph) from being folded once per rule per row.
function foldOnce(s: string): string {
  // Most cells need no folding; skip the per-character pass for them (it dominates large sheets).
  const folded = FOLDABLE.test(s) ? s.replace(FOLDABLE_ALL, foldChar) : s;
  return INVISIBLE_ANY.test(folded) ? folded.replace(INVISIBLE_ALL, "") : folded;
}

const FOLDABLE = /[\uff01-\uff5e﹪﹣−]/;
const FOLDABLE_ALL = /[\uff01-\uff5e﹪﹣−]/g;

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
