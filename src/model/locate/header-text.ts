import { foldText } from "../values/normalize";

/**
 * Reduces a header cell to its comparable core: full-width folded, every space and line break removed,
 * bracketed suffixes such as （A）, (B/A), （万元）, (10分) and trailing colons dropped.
 */
export function headerKey(text: string): string {
  return foldText(text)
    .replace(/\([^()]*\)/g, "")
    .replace(/[【\[][^【\]]*[\]】]/g, "")
    .replace(/[:：]+$/, "");
}
