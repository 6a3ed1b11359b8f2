// The Excel adapter as one object: the WorkbookHost (plan/workbook-host.ts) over Office.js. A session is one
// Excel.run; its queue* methods queue on the request context and commit() is the one context.sync that writes,
// so every user action stays one sync to read and one to write. Each Office call lives in its own small file.
import type { LegacyRecords, WorkbookHost } from "../plan/workbook-host";
import { readActiveSheet } from "./active-sheet";
import { queueRestoreFills } from "./clear-highlights";
import { queuePropertyOps } from "./document-state";
import { queueFormulas } from "./fill-total";
import { fillKey, loadLegacyFill } from "./fill-store";
import { queueValues } from "./freeze-values";
import { highlightKey, loadLegacyHighlights } from "./highlight-store";
import { queuePaint } from "./paint-highlights";
import { readSheet } from "./read-sheet";
import { queueSelect } from "./select-cell";
import { saveSettings, type SettingsLike } from "./settings";
import { queueContents } from "./undo-fill";
import { watchChanges } from "./watch-changes";

/** Excel.run, or a fake of it: a fresh request context per batch. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostDeps {
  run: ExcelRunner;
  /** Office.context.document.settings: only the previous version's entries are read (and removed) there. */
  settings: SettingsLike;
}

function legacyRecords(settings: SettingsLike): LegacyRecords {
  return {
    highlights: (sheetId) => loadLegacyHighlights(settings, sheetId),
    fill: (sheetId) => loadLegacyFill(settings, sheetId),
    async forget(sheetId, kind) {
      settings.remove(kind === "highlights" ? highlightKey(sheetId) : fillKey(sheetId));
      await saveSettings(settings);
    },
  };
}

export function createExcelHost({ run, settings }: ExcelHostDeps): WorkbookHost {
  return {
    session: (action) =>
      run((context) =>
        action({
          readSheet: (options) => readSheet(context, options),
          readActive: (options) => readActiveSheet(context, options),
          queueRestoreFills: (sheetId, cells) => queueRestoreFills(context, sheetId, cells),
          queuePaint: (sheetId, paint) => queuePaint(context, sheetId, paint),
          queueProperties: (ops) => queuePropertyOps(context, ops),
          queueFormulas: (sheetId, writes) => queueFormulas(context, sheetId, writes),
          queueContents: (sheetId, cells) => queueContents(context, sheetId, cells),
          queueValues: (sheetId, cells) => queueValues(context, sheetId, cells),
          queueSelect: (sheetName, cell) => queueSelect(context, sheetName, cell),
          commit: () => context.sync(),
        }),
      ),
    watchChanges: (onChange) => run((context) => watchChanges(context, onChange)),
    legacy: legacyRecords(settings),
  };
}
