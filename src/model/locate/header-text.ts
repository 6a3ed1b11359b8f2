import { foldText } from "../values/normalize";

/**
 * Reduces a header cell to its comparable core: full-width folded, every space and line break removed,
 * bracketed suffixes such as （A）, (B/A), （万元）, (10分) and trailing colons dropped.
 */
export function headerKey(text: string): string {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const key = computeKey(text);
  // Header texts repeat across every form of a batch; a bounded cache keeps a long run's memory flat.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, key);
  return key;
}

const CACHE_LIMIT = 4096;
const cache = new Map<string, string>();

function computeKey(text: string): string {
  return foldText(text)
    .replace(/\([^()]*\)/g, "")
    .replace(/[【[][^【\]]*[\]】]/g, "")
    .replace(/[:：]+$/, "");
}
