import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model";
import { NO_FILL, type CellFill } from "../../src/taskpane/plan/fill-record";
import { planHighlights, unionOfOriginals } from "../../src/taskpane/plan/highlight-plan";

const RED = "#FFC7CE";
const YELLOW = "#FFEB9C";

function finding(severity: Finding["severity"], top: number, bottom: number, extra: Partial<Finding> = {}): Finding {
  return {
    rule: "actual-vs-score",
    severity,
    sheet: "S",
    cell: `H${top + 1}`,
    row: top + 1,
    message: "m",
    highlight: true,
    span: { top, bottom, left: 1, right: 2 },
    ...extra,
  };
}

const GREEN: CellFill = { color: "#00FF00", pattern: "Solid", patternColor: null, tintAndShade: 0 };

describe("planHighlights", () => {
  // Issue 9 changed this: an info finding marked for highlighting used to be painted yellow here and not by the
  // CLI's --fix; both now follow the core (highlightSpans): info is never painted.
  it("paints errors red and warnings yellow, errors last so they win where spans overlap, and never a note", () => {
    const plan = planHighlights([finding("error", 3, 4), finding("warning", 4, 5), finding("info", 9, 9)], "S", new Map(), []);
    expect(plan.paint).toEqual([
      { address: "B5:C6", color: YELLOW },
      { address: "B4:C5", color: RED },
    ]);
    expect(plan.next.map((n) => n.cell).sort()).toEqual(["B4", "B5", "B6", "C4", "C5", "C6"]);
  });

  it("paints one rectangle once when two findings of one severity cover it", () => {
    const plan = planHighlights([finding("warning", 2, 2), finding("warning", 2, 2, { rule: "reason-missing" })], "S", new Map(), []);
    expect(plan.paint).toEqual([{ address: "B3:C3", color: YELLOW }]);
  });

  it("ignores findings that are not highlighted, have no span or belong to another sheet", () => {
    const plan = planHighlights(
      [finding("error", 1, 1, { highlight: false }), finding("error", 2, 2, { span: undefined }), finding("error", 3, 3, { sheet: "T" })],
      "S",
      new Map(),
      [],
    );
    expect(plan).toEqual({ restore: [], paint: [], next: [] });
  });

  it("saves the read fill as original, No Fill for cells outside the read range", () => {
    const plan = planHighlights([finding("warning", 0, 0)], "S", new Map([["B1", GREEN]]), []);
    expect(plan.next).toEqual([
      { cell: "B1", original: GREEN },
      { cell: "C1", original: NO_FILL },
    ]);
  });

  it("prefers the stored original over what the sheet shows now (our own highlight)", () => {
    const shown = new Map<string, CellFill>([["B1", { color: YELLOW, pattern: "Solid", patternColor: null, tintAndShade: 0 }]]);
    const plan = planHighlights([finding("warning", 0, 0)], "S", shown, [{ cell: "B1", original: GREEN }]);
    expect(plan.next.find((n) => n.cell === "B1")?.original).toEqual(GREEN);
  });

  // Issue 9 changed this: an unknown cell in a highlight colour used to be saved as No Fill (assumed
  // ours); it is a user's fill (Excel's 差 / 适中 styles are exactly these colours) and must come back.
  it("saves an unknown cell's fill as original even when it is a highlight colour", () => {
    const bad: CellFill = { color: "#FFC7CE", pattern: "Solid", patternColor: null, tintAndShade: 0 };
    const neutral: CellFill = { color: "#FFEB9C", pattern: "Solid", patternColor: null, tintAndShade: 0 };
    const shown = new Map<string, CellFill>([
      ["B1", bad],
      ["C1", neutral],
    ]);
    const plan = planHighlights([finding("warning", 0, 0)], "S", shown, []);
    expect(plan.next).toEqual([
      { cell: "B1", original: bad },
      { cell: "C1", original: neutral },
    ]);
  });

  it("restores previously highlighted cells that are not painted again, and only those", () => {
    const previous = [
      { cell: "B1", original: GREEN },
      { cell: "B8", original: NO_FILL },
    ];
    const plan = planHighlights([finding("warning", 0, 0)], "S", new Map(), previous);
    expect(plan.restore).toEqual([{ cell: "B8", original: NO_FILL }]);
  });

  it("unionOfOriginals keeps the older original for a cell in both", () => {
    const older = { cell: "B1", original: GREEN };
    expect(
      unionOfOriginals(
        [older],
        [
          { cell: "B1", original: NO_FILL },
          { cell: "B2", original: NO_FILL },
        ],
      ),
    ).toEqual([older, { cell: "B2", original: NO_FILL }]);
  });
});
