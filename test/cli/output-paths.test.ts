import { describe, expect, it } from "vitest";
import { copyName, outFolderProblem, overwrittenInput, planOutputs, withCopyExtension } from "../../src/cli/output-paths";

const input = (file: string) => ({ file, realInput: `/data/${file}` });

describe("planOutputs", () => {
  it("puts each copy in the output folder under the input's base name", () => {
    const plans = planOutputs([input("x/表1.xlsx")], "out", "/real/out");
    expect(plans).toEqual([
      { file: "x/表1.xlsx", realInput: "/data/x/表1.xlsx", output: "out/表1.xlsx", realOutput: "/real/out/表1.xlsx" },
    ]);
  });

  it("numbers later inputs that share a base name, ignoring case", () => {
    const plans = planOutputs([input("a/表.xlsx"), input("b/表.xlsx"), input("c/表.XLSX")], "out", "/o");
    expect(plans.map((p) => p.output)).toEqual(["out/表.xlsx", "out/表 (2).xlsx", "out/表 (3).XLSX"]);
  });

  it("does not reuse a numbered name that an input already has", () => {
    const plans = planOutputs([input("a/表 (2).xlsx"), input("b/表.xlsx"), input("c/表.xlsx")], "out", "/o");
    expect(plans.map((p) => p.output)).toEqual(["out/表 (2).xlsx", "out/表.xlsx", "out/表 (3).xlsx"]);
  });
});

describe("overwrittenInput", () => {
  it("names the input a copy would land on", () => {
    const plans = planOutputs([{ file: "s/a.xlsx", realInput: "/w/s/a.xlsx" }], "s", "/w/s");
    expect(overwrittenInput(plans)).toBe("s/a.xlsx");
  });

  it("also catches a copy landing on another input of the batch", () => {
    const plans = planOutputs(
      [
        { file: "x/a.xlsx", realInput: "/w/x/a.xlsx" },
        { file: "out/a (2).xlsx", realInput: "/w/out/a (2).xlsx" },
      ],
      "out",
      "/w/out",
    );
    expect(overwrittenInput(plans)).toBe("out/a (2).xlsx");
  });

  it("is null when every copy is new", () => {
    expect(overwrittenInput(planOutputs([input("a.xlsx")], "out", "/w/out"))).toBeNull();
  });
});

describe("copies of inputs that are not Open XML packages", () => {
  it("names the copy of a .xls, .et, .ods or .html input .xlsx, whatever the case", () => {
    expect(["表.xls", "表.ET", "表.ods", "导出.html"].map(copyName)).toEqual(["表.xlsx", "表.xlsx", "表.xlsx", "导出.xlsx"]);
  });

  it("keeps .xlsx, .xlsm and .xltx names", () => {
    expect(["表.xlsx", "宏.xlsm", "模板.xltx"].map(copyName)).toEqual(["表.xlsx", "宏.xlsm", "模板.xltx"]);
  });

  it("numbers a clash that appears only after the extension change", () => {
    const plans = planOutputs([input("a/表.xls"), input("b/表.xlsx"), input("c/表.ods")], "out", "/o");
    expect(plans.map((p) => p.output)).toEqual(["out/表.xlsx", "out/表 (2).xlsx", "out/表 (3).xlsx"]);
    expect(plans[0].realOutput).toBe("/o/表.xlsx");
  });

  it("gives the written copy the extension of its real format", () => {
    expect(withCopyExtension("out/表.xlsx", "xlsm")).toBe("out/表.xlsm");
    expect(withCopyExtension("out/表.xlsx", "xls")).toBe("out/表.xlsx");
    expect(withCopyExtension("out/表.XLSX", "xlsx")).toBe("out/表.XLSX");
    expect(withCopyExtension("out/模板.xltx", "xltx")).toBe("out/模板.xltx");
    expect(withCopyExtension("out/表 (2).xls", "html")).toBe("out/表 (2).xlsx");
  });
});

describe("outFolderProblem", () => {
  it("refuses --out equal to an input folder, with or without a trailing separator", () => {
    expect(outFolderProblem("/w/in", ["/w/other", "/w/in"])).toBe("same-as-input");
    expect(outFolderProblem("/w/in/", ["/w/in"])).toBe("same-as-input");
    expect(outFolderProblem("/w/in", ["/w/in/"])).toBe("same-as-input");
  });

  it("accepts an --out inside, above or beside the inputs (the walk skips one inside)", () => {
    expect(outFolderProblem("/w/in/out", ["/w/in"])).toBeNull();
    expect(outFolderProblem("/w", ["/w/in"])).toBeNull();
    expect(outFolderProblem("/w/in2", ["/w/in"])).toBeNull();
    expect(outFolderProblem("/w/out", [])).toBeNull();
  });
});
