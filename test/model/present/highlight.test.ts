// Which cells every host paints: errors light red FFC7CE, warnings light yellow FFEB9C, info never; where spans
// overlap the error wins. Findings are written by hand here, as a report would carry them.
import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/model";
import { HIGHLIGHT_FILLS, highlightCells, highlightFill, highlightSpans } from "../../../src/model/present";

function finding(severity: Finding["severity"], top: number, bottom: number, sheet = "自评表", highlight = true): Finding {
  return {
    rule: "reason-missing",
    severity,
    sheet,
    cell: "I13",
    row: top + 1,
    message: "…",
    highlight,
    span: { top, bottom, left: 1, right: 2 },
  };
}

describe("highlight colours", () => {
  it("are Excel's light red for errors and light yellow for warnings; info is never painted", () => {
    expect(HIGHLIGHT_FILLS).toEqual({ error: "FFC7CE", warning: "FFEB9C" });
    expect(highlightFill("error")).toBe("FFC7CE");
    expect(highlightFill("warning")).toBe("FFEB9C");
    expect(highlightFill("info")).toBeNull();
  });
});

describe("highlightSpans", () => {
  it("paints warnings before errors, so an overlapping error is painted last", () => {
    const spans = highlightSpans([finding("error", 12, 13), finding("warning", 13, 14)]);
    expect(spans.map((s) => [s.severity, s.range.top, s.fill])).toEqual([
      ["warning", 13, "FFEB9C"],
      ["error", 12, "FFC7CE"],
    ]);
  });

  it("leaves out info, findings not marked for highlighting, and repeats of one span", () => {
    const spans = highlightSpans([
      finding("info", 3, 3),
      finding("error", 5, 5, "自评表", false),
      finding("warning", 7, 7),
      finding("warning", 7, 7),
    ]);
    expect(spans).toEqual([{ sheet: "自评表", range: { top: 7, bottom: 7, left: 1, right: 2 }, severity: "warning", fill: "FFEB9C" }]);
  });
});

describe("highlightCells", () => {
  it("gives each cell its final colour: the error's where a warning overlaps it, by sheet, in reading order", () => {
    // Error rows 12–13, warning rows 13–14, columns 1–2: row 13 is both and ends red.
    const cells = highlightCells([finding("warning", 13, 14), finding("error", 12, 13), finding("warning", 0, 0, "其他")]);
    expect(cells.map((c) => `${c.sheet}!${c.row},${c.col}=${c.fill}`)).toEqual([
      "自评表!12,1=FFC7CE",
      "自评表!12,2=FFC7CE",
      "自评表!13,1=FFC7CE",
      "自评表!13,2=FFC7CE",
      "自评表!14,1=FFEB9C",
      "自评表!14,2=FFEB9C",
      "其他!0,1=FFEB9C",
      "其他!0,2=FFEB9C",
    ]);
  });

  it("paints nothing for info, even when a finding marks it", () => {
    expect(highlightCells([finding("info", 1, 1)])).toEqual([]);
  });
});
