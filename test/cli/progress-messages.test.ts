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

describe("issue 8 messages", () => {
  it("name both paths when a write would land on an input, in both languages", () => {
    for (const lang of ["zh", "en"] as const) {
      const text = msg(lang, "fileWriteOntoInput", { out: "out/a.xlsx", file: "in/a.xlsx" });
      expect(text).toContain("out/a.xlsx");
      expect(text).toContain("in/a.xlsx");
    }
    expect(msg("zh", "errOutIsInput", { dir: "报表" })).toBe(
      "--out「报表」就是输入文件夹：副本会与原文件混在一起。请为 --out 另选一个文件夹。",
    );
    expect(msg("en", "fileNotAFile", { file: "p.xlsx", detail: "FIFO" })).toBe('"p.xlsx" is not a regular file (FIFO) and was not read.');
  });

  it("say how many copies were completed and temporaries removed after Ctrl-C", () => {
    expect(msg("zh", "interrupted", { done: 3, removed: 1 })).toBe("已中断：完成的副本 3 个，删除了未写完的临时文件 1 个。");
    expect(msg("en", "copyNumbered", { planned: "out/a.xlsx", out: "out/a (2).xlsx" })).toBe(
      '  "out/a.xlsx" already exists; the copy was saved as: out/a (2).xlsx',
    );
  });
});
