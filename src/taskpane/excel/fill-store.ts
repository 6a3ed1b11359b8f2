// The previous version's record of what "填写总分" overwrote: the document settings, one entry per worksheet id
// ("perf.fill.<id>"). Only read now, so a fill made by that version can still be undone; the first fill or
// undo of the sheet takes its cells over into the record in the document's properties (plan/undo-record.ts,
// keyed by sheet name) and removes the entry. Settings cannot be listed, so only the entry of the sheet's
// current id is found, as for the previous version.
import { z } from "zod/mini";
import type { PreviousContent } from "../plan/undo-record";
import type { SettingsLike } from "./settings";

const LegacyFillSchema = z.object({
  v: z.literal(1),
  sheet: z.string(),
  cells: z.array(
    z.object({
      cell: z.string(),
      formula: z.nullable(z.string()),
      value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
      written: z.string(),
    }),
  ),
});

export function fillKey(sheetId: string): string {
  return `perf.fill.${sheetId}`;
}

/** The previous version's saved contents for one sheet; an entry it cannot read throws rather than being ignored. */
export function loadLegacyFill(settings: SettingsLike, sheetId: string): PreviousContent[] {
  const raw: unknown = settings.get(fillKey(sheetId));
  if (raw === null || raw === undefined) return [];
  const parsed = LegacyFillSchema.safeParse(raw);
  if (!parsed.success) {
    throw Object.assign(new Error(`Unreadable PERF fill record in the document settings (${fillKey(sheetId)}).`), {
      code: "PerfSettingsCorrupt",
    });
  }
  return parsed.data.cells;
}
