/**
 * Memoizes a pure function of cell text. A batch repeats the same texts in every row and every form (a
 * template's headers, "无偏差", one pasted paragraph in 2,000 rows), and reading a long text is linear in its
 * length: computing it once per distinct text keeps a sheet's work linear in its distinct text, not in rows ×
 * length. Bounded by entries and by the characters the keys hold (a key keeps its string alive), and cleared
 * when full: a bound, not an LRU, so a long run's memory stays flat.
 */
/**
 * Characters of text the memoized functions actually read (cache misses), summed over the process: a
 * deterministic measure of text work, which tests compare across input sizes instead of timing anything.
 */
export const textWork = { chars: 0 };

export function memoByText<T>(compute: (text: string) => T, limits: { entries?: number; chars?: number } = {}): (text: string) => T {
  const maxEntries = limits.entries ?? 4096;
  const maxChars = limits.chars ?? 2_000_000;
  const cache = new Map<string, T>();
  let chars = 0;
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    textWork.chars += text.length;
    const value = compute(text);
    if (cache.size >= maxEntries || chars + text.length > maxChars) {
      cache.clear();
      chars = 0;
    }
    // A text longer than the whole budget is computed every time rather than evicting everything else.
    if (text.length <= maxChars) {
      cache.set(text, value);
      chars += text.length;
    }
    return value;
  };
}
