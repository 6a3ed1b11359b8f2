// Characters that print as nothing: whitespace of every kind (U+00A0, U+202F, U+3000 included), the format
// characters (zero-width space/joiners U+200B–U+200D, word joiner U+2060, BOM U+FEFF, bidi marks, soft hyphen:
// Unicode category Cf) and the fillers that render blank (Hangul fillers, Braille blank).
// A cell made only of these looks empty to the person reading the form, so the engine reads it as empty.
const CLASS = "[\\s\\p{Cf}\\p{Zs}\\u115F\\u1160\\u2800\\u3164\\uFFA0]";
const INVISIBLE = new RegExp(`^${CLASS}$`, "u");

/** The UTF-16 length of the invisible character starting at i (1 or 2), or 0 when it is visible. */
function invisibleAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  // Printable ASCII and CJK ideographs are most of every cell: decide them without the regex.
  if ((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff)) return 0;
  const cp = s.codePointAt(i) ?? c;
  const width = cp > 0xffff ? 2 : 1;
  return INVISIBLE.test(s.slice(i, i + width)) ? width : 0;
}

/** The UTF-16 length of the invisible character ending just before end (1 or 2), or 0. */
function invisibleBefore(s: string, end: number): number {
  const low = s.charCodeAt(end - 1);
  const pair = end >= 2 && low >= 0xdc00 && low <= 0xdfff && s.charCodeAt(end - 2) >= 0xd800 && s.charCodeAt(end - 2) <= 0xdbff;
  const start = pair ? end - 2 : end - 1;
  return invisibleAt(s, start) === end - start ? end - start : 0;
}

/**
 * Text without the invisible characters at either end (String.prototype.trim extended to zero-width and
 * format characters). Each end is walked once, so the work is linear in what is removed; text with nothing to
 * remove is returned as is.
 */
export function trimInvisible(s: string): string {
  let start = 0;
  let end = s.length;
  for (let w = start < end ? invisibleAt(s, start) : 0; w > 0; w = start < end ? invisibleAt(s, start) : 0) start += w;
  for (let w = end > start ? invisibleBefore(s, end) : 0; w > 0; w = end > start ? invisibleBefore(s, end) : 0) end -= w;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** True when text is empty or made only of invisible characters ("\u200B", "\u3000", "\u00A0\uFEFF"). */
export function isBlankText(s: string): boolean {
  return trimInvisible(s) === "";
}

/** Any invisible character (test) and every run of them (a global replace over one character class: linear). */
export const INVISIBLE_ANY = new RegExp(CLASS, "u");
export const INVISIBLE_ALL = new RegExp(`${CLASS}+`, "gu");
