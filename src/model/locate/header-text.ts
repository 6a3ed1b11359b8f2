import { memoByText } from "../values/text-cache";
import { foldText } from "../values/normalize";

/**
 * Reduces a header cell to its comparable core: full-width folded, every space and line break removed,
 * bracketed suffixes such as （A）, (B/A), （万元）, (10分) and trailing colons dropped. Header texts repeat
 * across every form of a batch, so each distinct text is reduced once (text-cache.ts).
 */
export const headerKey: (text: string) => string = memoByText(computeKey);

// A bracketed part holds no bracket of its own: the body excludes every bracket character, so a match never
// starts over inside another (a body that let "[" through made "[[[[…" quadratic).
const PARENTHESIZED = /\([^()]*\)/g;
const BRACKETED = /[【[][^【】[\]]*[\]】]/g;

function computeKey(text: string): string {
  return withoutTrailingColons(foldText(text).replace(PARENTHESIZED, "").replace(BRACKETED, ""));
}

/** Drops trailing ":" / "：" by walking back from the end once (/[:：]+$/ rescans every run of colons: quadratic). */
function withoutTrailingColons(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charAt(end - 1) === ":" || s.charAt(end - 1) === "：")) end--;
  return end === s.length ? s : s.slice(0, end);
}
