import { describe, expect, it } from "vitest";
import { MESSAGE_TABLES, msg, type MessageKey } from "../../src/cli/messages";
import { createProgress, progressLine } from "../../src/cli/progress";

function recorder(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, columns: 60, write: (t: string) => writes.push(t) }, writes };
}

describe("progress bar", () => {
  it("draws nothing when stderr is not a terminal", () => {
    const { stream, writes } = recorder(false);
    const bar = createProgress(stream, "zh");
    bar.update(1, 3, "a.xlsx");
    bar.finish();
    expect(writes).toEqual([]);
  });

  it("draws nothing for a single file", () => {
    const { stream, writes } = recorder(true);
    createProgress(stream, "zh").update(1, 1, "a.xlsx");
    expect(writes).toEqual([]);
  });

  it("redraws one line on a terminal and erases it at the end", () => {
    const { stream, writes } = recorder(true);
    const bar = createProgress(stream, "en");
    bar.update(1, 4, "a.xlsx");
    bar.finish();
    expect(writes).toEqual(["\rChecking [#####---------------] 1/4 a.xlsx\x1b[K", "\r\x1b[K"]);
  });

  it("cuts a long file name to the width", () => {
    const line = progressLine(2, 2, "很长的文件名很长的文件名.xlsx", 40, "zh");
    expect(line.startsWith("检查中 [####################] 2/2 ")).toBe(true);
    expect(line.endsWith("…")).toBe(true);
  });
});

describe("message table", () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it("has the same keys and the same placeholders in Chinese and English", () => {
    const { zh, en } = MESSAGE_TABLES;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh) as MessageKey[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
      expect(en[key].trim(), key).not.toBe("");
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(msg("zh", "fileNotFound", { file: "a.xlsx" })).toBe("找不到「a.xlsx」。");
    expect(msg("en", "fileNotFound")).toBe('"{file}" was not found.');
  });
});
