// Where the original fills of highlighted cells live between sessions: the document settings, one
// entry per worksheet id (ids survive renames, names do not).
import { z } from "zod/mini";
import type { CellFill } from "./cell-fill";
import { saveSettings, type SettingsLike } from "./settings";

const StoredCellSchema = z.object({
  cell: z.string(),
  color: z.string(),
  pattern: z.string(),
  patternColor: z.nullable(z.string()),
  tintAndShade: z.nullable(z.number()),
});

const StoredHighlightsSchema = z.object({
  v: z.literal(1),
  sheet: z.string(),
  cells: z.array(StoredCellSchema),
});

export interface StoredHighlight {
  cell: string;
  original: CellFill;
}

export function highlightKey(sheetId: string): string {
  return `perf.highlights.${sheetId}`;
}

/** The saved originals for one sheet; an entry this version cannot read throws rather than being ignored. */
export function loadHighlights(settings: SettingsLike, sheetId: string): StoredHighlight[] {
  const raw: unknown = settings.get(highlightKey(sheetId));
  if (raw === null || raw === undefined) return [];
  const parsed = StoredHighlightsSchema.safeParse(raw);
  if (!parsed.success) {
    throw Object.assign(new Error(`Unreadable PERF highlight record in the document settings (${highlightKey(sheetId)}).`), {
      code: "PerfSettingsCorrupt",
    });
  }
  return parsed.data.cells.map(({ cell, ...original }) => ({ cell, original }));
}

/** Replaces the sheet's record (or removes it when empty) and saves the settings into the document. */
export async function saveHighlights(
  settings: SettingsLike,
  sheetId: string,
  sheetName: string,
  cells: StoredHighlight[],
): Promise<void> {
  if (cells.length === 0) settings.remove(highlightKey(sheetId));
  else
    settings.set(highlightKey(sheetId), {
      v: 1,
      sheet: sheetName,
      cells: cells.map(({ cell, original }) => ({ cell, ...original })),
    });
  await saveSettings(settings);
}
