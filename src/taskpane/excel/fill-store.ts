// What "填写总分" overwrote, kept in the document settings per worksheet id so "撤销填写" can put it
// back, also after the workbook was closed and reopened.
import { z } from "zod/mini";
import { saveSettings, type SettingsLike } from "./settings";

const PreviousContentSchema = z.object({
  cell: z.string(),
  /** The formula with its "=", or null when the cell held a constant (or nothing). */
  formula: z.nullable(z.string()),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  /** The formula the fill wrote, shown next to the previous content. */
  written: z.string(),
});

const StoredFillSchema = z.object({ v: z.literal(1), sheet: z.string(), cells: z.array(PreviousContentSchema) });

export type PreviousContent = z.infer<typeof PreviousContentSchema>;

export function fillKey(sheetId: string): string {
  return `perf.fill.${sheetId}`;
}

export function loadFill(settings: SettingsLike, sheetId: string): PreviousContent[] {
  const raw: unknown = settings.get(fillKey(sheetId));
  if (raw === null || raw === undefined) return [];
  const parsed = StoredFillSchema.safeParse(raw);
  if (!parsed.success) {
    throw Object.assign(new Error(`Unreadable PERF fill record in the document settings (${fillKey(sheetId)}).`), {
      code: "PerfSettingsCorrupt",
    });
  }
  return parsed.data.cells;
}

export async function saveFill(
  settings: SettingsLike,
  sheetId: string,
  sheetName: string,
  cells: PreviousContent[],
): Promise<void> {
  if (cells.length === 0) settings.remove(fillKey(sheetId));
  else settings.set(fillKey(sheetId), { v: 1, sheet: sheetName, cells });
  await saveSettings(settings);
}
