// @vitest-environment jsdom
// The bound pane (store + controller + real engine) over the fake workbook: what index.tsx renders in Excel.
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { Pane } from "../../src/taskpane/components/Pane";
import { ALL_CAPABILITIES, harness } from "./controller-harness";
import { fillsOf, seedWorkbook } from "./fakes/seed-workbook";

afterEach(cleanup);

describe("the bound pane on seed form 1", () => {
  it("checks, lists the engine's findings, selects a clicked finding's cell and clears the highlights", async () => {
    const seed = seedWorkbook();
    const before = fillsOf(seed.sheet);
    const h = harness(seed.model);
    render(
      <Pane store={h.store} controller={h.controller} host={{ inExcel: true, lang: "zh", dark: false, capabilities: ALL_CAPABILITIES }} />,
    );
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "检查本表" }));
    expect(await screen.findByRole("heading", { name: "新建潇河派出所业务用房建设资金" })).toBeTruthy();
    // The seed writes 66% for 100/150 (docs/rules.md#source-shanxi-jinzhong): the computed column says 66.67%.
    expect(within(screen.getByRole("row", { name: /执行率 66%/ })).getByText("66.67%")).toBeTruthy();
    expect(screen.getByText(/已标记 \d+ 个单元格/)).toBeTruthy();
    expect(fillsOf(seed.sheet)).not.toEqual(before);

    const warnings = screen.getByRole("region", { name: /^警告/ });
    const first = within(warnings).getAllByRole("button")[0];
    const cell = first.querySelector("span")!.textContent!;
    await user.click(first);
    expect(seed.model.selection?.address).toBe(cell);

    await user.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByText(/已清除标记/)).toBeTruthy();
    expect(fillsOf(seed.sheet)).toEqual(before);
  });
});
