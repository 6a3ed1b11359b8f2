// After 填写总分 the pane re-checks the grid with the written values put in place (withFixValues), so it
// shows the filled grade without a re-read. fixes[].row is the 1-based sheet row (issue 7 item 7): put one
// row too high, the grade would land on the last indicator row and the pane would still show no grade.
import { describe, expect, it } from "vitest";
import { harness } from "./controller-harness";
import { seedWorkbook } from "./fakes/seed-workbook";

describe("填写总分 shows the written figures", () => {
  it("the re-check after the fill reads the grade written beside the 总分 (seed form 1: 90.6 → 优)", async () => {
    const seed = seedWorkbook();
    const h = harness(seed.model);
    await h.controller.check();
    expect(h.state().result?.reports[0].entered.grade).toBeNull();
    await h.controller.fillTotal();
    expect(h.state().error).toBeNull();
    const [report] = h.state().result?.reports ?? [];
    expect(report.entered).toMatchObject({ total: 90.6, grade: "优" });
    expect(report.findings.filter((f) => f.rule === "grade" || f.rule === "total")).toEqual([]);
  });
});
