// Rewrites number cells as the text Excel shows for them, formatted "@" — what a template that formats every
// cell as text holds once a unit has typed its figures (and what Office.js hands over for such cells).
import type { Grid } from "../../../src/model/grid/grid";

/**
 * The text Excel displays for a number in the formats the fixtures use: General (up to 10 significant
 * digits), "0%" / "0.00%" and "0" / "0.00". Throws on any other format, so a fixture with a new format
 * fails loudly instead of being rewritten wrongly.
 */
export function displayedText(n: number, format: string | null | undefined): string {
  if (!format || format === "General" || format === "@") return String(Number(n.toPrecision(10)));
  const percent = /^0(?:\.(0+))?%$/.exec(format);
  if (percent) return `${(n * 100).toFixed(percent[1]?.length ?? 0)}%`;
  const fixed = /^0(?:\.(0+))?$/.exec(format);
  if (fixed) return n.toFixed(fixed[1]?.length ?? 0);
  throw new Error(`no display rule for format ${format}`);
}

/** Every number cell of a grid in sheet coordinates, in reading order. */
export function numberCells(grid: Grid): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  grid.values.forEach((r, i) =>
    r.forEach((v, j) => typeof v === "number" && out.push({ row: grid.origin.row + i, col: grid.origin.col + j })),
  );
  return out;
}

/**
 * The grid with the chosen number cells (default: all) rewritten as their displayed text, formatted "@".
 * `spell` may restyle the text (full-width digits, padding) the way people type it.
 */
export function asDisplayedText(
  grid: Grid,
  pick: (row: number, col: number) => boolean = () => true,
  spell: (text: string) => string = (t) => t,
): Grid {
  const formats = grid.values.map((r, i) => r.map((_, j) => grid.numberFormats?.[i]?.[j] ?? null));
  const values = grid.values.map((r, i) =>
    r.map((v, j) => {
      if (typeof v !== "number" || !pick(grid.origin.row + i, grid.origin.col + j)) return v;
      const text = spell(displayedText(v, formats[i][j]));
      formats[i][j] = "@";
      return text;
    }),
  );
  return { ...grid, values, numberFormats: formats };
}

/** Full-width digits, point and percent sign ("６.６", "６６％"), as typed with a Chinese IME in full-width mode. */
export function fullWidth(text: string): string {
  return text.replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
