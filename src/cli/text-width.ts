// Terminal column widths: CJK characters take two columns, so padding by .length would break the
// alignment of every Chinese table.

// East Asian Wide and Fullwidth blocks (Hangul Jamo, CJK, Hangul syllables, compatibility forms,
// fullwidth forms, and the supplementary ideograph planes).
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** The number of terminal columns a string occupies (wide characters count two). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Pads a string with spaces on the right to the given display width (never truncates). */
export function padDisplay(text: string, width: number): string {
  const gap = width - displayWidth(text);
  return gap > 0 ? text + " ".repeat(gap) : text;
}

/** Cuts a string to at most the given display width, ending with "…" when something was cut. */
export function truncateDisplay(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  let used = 0;
  for (const ch of text) {
    const w = WIDE.test(ch) ? 2 : 1;
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** Lays rows out in aligned columns separated by two spaces; the last column is left ragged. */
export function alignColumns(rows: string[][], indent = ""): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((row) => {
    const cells = row.map((cell, i) => (i === row.length - 1 ? cell : padDisplay(cell, widths[i])));
    return (indent + cells.join("  ")).trimEnd();
  });
}
