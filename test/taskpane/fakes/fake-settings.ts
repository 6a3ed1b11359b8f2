// Office.context.document.settings over a fake document: set/get work in memory, saveAsync writes
// them into the "file", and a new FakeSettings on the same document is the workbook reopened.
import type { SettingsLike } from "../../../src/taskpane/excel/settings";

export class FakeDocument {
  /** What the saved file holds, as JSON text (Office serialises settings to JSON). */
  persisted = "{}";
}

export class FakeSettings implements SettingsLike {
  private live: Record<string, unknown>;
  saves = 0;
  private failure: { name: string; message: string } | null = null;

  constructor(readonly document: FakeDocument = new FakeDocument()) {
    this.live = JSON.parse(document.persisted) as Record<string, unknown>;
  }

  get(name: string): unknown {
    return name in this.live ? this.live[name] : null;
  }

  set(name: string, value: unknown): void {
    // Round-trip through JSON now, so a value that would not survive saving fails the test here.
    this.live[name] = JSON.parse(JSON.stringify(value));
  }

  remove(name: string): void {
    delete this.live[name];
  }

  failNextSave(name: string, message: string): void {
    this.failure = { name, message };
  }

  saveAsync(...args: unknown[]): void {
    const callback = args.find((a): a is (result: Office.AsyncResult<void>) => void => typeof a === "function");
    const failure = this.failure;
    this.failure = null;
    if (!failure) {
      this.document.persisted = JSON.stringify(this.live);
      this.saves++;
    }
    const result = failure
      ? { status: "failed", error: { name: failure.name, message: failure.message, code: 5001 }, value: undefined }
      : { status: "succeeded", value: undefined };
    // Office calls back asynchronously; a microtask keeps that true under fake timers.
    void Promise.resolve().then(() => callback?.(result as unknown as Office.AsyncResult<void>));
  }

  /** The workbook closed (unsaved settings lost) and opened again. */
  reopen(): FakeSettings {
    return new FakeSettings(this.document);
  }
}
