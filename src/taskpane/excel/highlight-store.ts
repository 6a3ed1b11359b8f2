// The previous version's record of original fills: the document settings, one entry per worksheet id
// ("perf.highlights.<id>"). Only read now, so a document highlighted by that version can still be
// cleared; the first action that writes the new record (plan/fill-record.ts) takes its cells over and
// removes the entry. Settings cannot be listed, so only the entry of the sheet's current id is found:
// one whose id changed on reopen is out of reach, as it was for the previous version.
import { z } from "zod/mini";
import type { StoredHighlight } from "../plan/fill-record";
import type { SettingsLike } from "./settings";

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

export function highlightKey(sheetId: string): string {
  return `perf.highlights.${sheetId}`;
}

/** The previous version's saved originals for one sheet; an entry it cannot read throws rather than being ignored. */
export function loadLegacyHighlights(settings: SettingsLike, sheetId: string): StoredHighlight[] {
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
