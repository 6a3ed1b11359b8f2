/** A rectangle of sheet cells, 0-based and inclusive, in sheet coordinates. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Converts a 0-based column index to its letters (0 → "A", 27 → "AB"). */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Converts 0-based sheet coordinates to an A1 reference ("A1"). */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Converts a range to "A1:B2" (or "A1" for a single cell). */
export function rangeToA1(range: CellRange): string {
  const start = toA1(range.top, range.left);
  const end = toA1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/** Parses "B3" (optionally with $ signs) into 0-based coordinates, or null when it is not an A1 reference. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Parses "A1:C3", "Sheet1!A1:C3" or "A1" into a range, or null. */
export function parseRangeA1(ref: string): CellRange | null {
  const local = ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref;
  const [a, b = a] = local.split(":");
  const start = parseA1(a);
  const end = parseA1(b);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** True when (row, col) lies inside the range. */
export function rangeContains(range: CellRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}
