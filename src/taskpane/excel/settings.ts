// The document settings bag (Office.context.document.settings), narrowed to what the pane uses so
// tests and the browser fake can supply their own.

export type SettingsLike = Pick<Office.Settings, "get" | "set" | "remove" | "saveAsync">;

/** Persists the settings into the document; they survive a reopen only once this resolved (and the file is saved). */
export function saveSettings(settings: SettingsLike): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      // Compared as a string: the AsyncResultStatus enum object exists only where office.js is loaded.
      if ((result.status as unknown) === "failed") {
        const err = result.error;
        reject(
          Object.assign(new Error(err?.message ?? "Office.context.document.settings.saveAsync failed"), {
            code: err?.name ?? "SettingsSaveFailed",
          }),
        );
        return;
      }
      resolve();
    });
  });
}
