// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App, type AppProps, type PaneActions } from "../../src/taskpane/components/App";
import type { Capabilities } from "../../src/taskpane/host";
import { REPORT, stateWith } from "./fakes/reports";

afterEach(cleanup);

const CAPS: Capabilities = { cellProperties: true, documentProperties: true, merges: true, events: true };

function actions(): PaneActions {
  return {
    onCheck: vi.fn(),
    onClear: vi.fn(),
    onFill: vi.fn(),
    onUndoFill: vi.fn(),
    onFreeze: vi.fn(),
    onSelect: vi.fn(),
    onAutoCheckChange: vi.fn(),
    onDismissError: vi.fn(),
    onDismissNotice: vi.fn(),
  };
}

function renderApp(props: Partial<AppProps> = {}) {
  const a = props.actions ?? actions();
  render(<App state={stateWith({})} lang="zh" dark={false} inExcel capabilities={CAPS} {...props} actions={a} />);
  return a;
}

const checked = stateWith({
  result: { sheetId: "{S}", sheetName: "自评表", reports: [REPORT], expectedHeaders: [], highlighted: 24 },
});

describe("the task pane", () => {
  it("shows the project and entered vs computed figures, marking those that differ", () => {
    renderApp({ state: checked });
    expect(screen.getByRole("heading", { name: "新建潇河派出所业务用房建设资金" })).toBeTruthy();
    const rate = screen.getByRole("row", { name: /执行率 66%/ });
    expect(within(rate).getByText("66.67%")).toBeTruthy();
    expect(within(rate).getByText("不一致")).toBeTruthy();
    const total = screen.getByRole("row", { name: /总分/ });
    expect(within(total).getAllByText("90.6")).toHaveLength(2);
    expect(within(total).queryByText("不一致")).toBeNull();
    const grade = screen.getByRole("row", { name: /等级/ });
    expect(within(grade).getByText("—")).toBeTruthy();
    expect(within(grade).getByText("优")).toBeTruthy();
    // Issue 9: the columns are named as in the CLI and the reports, 填报值 / 复算值.
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["项目", "填报值", "复算值"]);
  });

  it("groups findings by severity, errors first, with counts", () => {
    renderApp({ state: checked });
    const headings = screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent);
    expect(headings).toEqual(["错误（2）", "警告（1）", "提示（1）"]);
    const errors = screen.getByRole("region", { name: "错误（2）" });
    expect(
      within(errors)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["G6执行率应为66.67%", "E25年度指标值重复了指标名称"]);
    // The tooltip names the rule by the title the CLI prints (rule definitions in src/model/rules).
    expect(within(errors).getAllByRole("button")[0].getAttribute("title")).toBe("转到单元格 G6（执行率）：执行率应为66.67%");
  });

  it("selects a finding's cell on click and from the keyboard", async () => {
    const a = renderApp({ state: checked });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: /H21/ }));
    expect(a.onSelect).toHaveBeenCalledWith(expect.objectContaining({ cell: "H21", sheet: "自评表" }));

    screen.getByRole("button", { name: /E25/ }).focus();
    await user.keyboard("{Enter}");
    expect(a.onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ cell: "E25" }));
  });

  it("wires the toolbar buttons and the auto-check switch to their callbacks", async () => {
    const a = renderApp({ state: stateWith({ filled: [{ cell: "H30", formula: null, value: 90.6, written: "=SUM(H6,H13:H29)" }] }) });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "检查本表" }));
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    await user.click(screen.getByRole("button", { name: "填写总分" }));
    await user.click(screen.getByRole("button", { name: "撤销填写" }));
    await user.click(screen.getByRole("button", { name: "转为数值" }));
    await user.click(screen.getByRole("switch", { name: "自动检查" }));
    expect(a.onCheck).toHaveBeenCalledTimes(1);
    expect(a.onClear).toHaveBeenCalledTimes(1);
    expect(a.onFill).toHaveBeenCalledTimes(1);
    expect(a.onUndoFill).toHaveBeenCalledTimes(1);
    expect(a.onFreeze).toHaveBeenCalledTimes(1);
    expect(a.onAutoCheckChange).toHaveBeenCalledWith(true);
  });

  it("disables 撤销填写 until something was filled, and everything while busy", () => {
    renderApp();
    expect((screen.getByRole("button", { name: "撤销填写" }) as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    renderApp({ state: stateWith({ busy: "check" }) });
    expect((screen.getByRole("button", { name: "检查本表" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole("status").textContent).toContain("正在处理");
  });

  it("shows what the fill replaced", () => {
    renderApp({
      state: stateWith({
        filled: [
          { cell: "H30", formula: null, value: 90.6, written: "=SUM(H6,H13:H29)" },
          { cell: "I30", formula: null, value: null, written: '=IF(H30>=90,"优","良")' },
        ],
      }),
    });
    const table = screen.getByRole("region", { name: "已填写的单元格" });
    expect(within(table).getByRole("row", { name: /H30 90.6 =SUM\(H6,H13:H29\)/ })).toBeTruthy();
    expect(within(table).getByRole("row", { name: /I30 （空）/ })).toBeTruthy();
  });

  it("shows an Office.js error with its code in a MessageBar that can be dismissed", async () => {
    const a = renderApp({
      state: stateWith({
        error: { action: "fill", code: "InvalidArgument", message: "The argument is invalid.", location: "Range.formulas" },
      }),
    });
    expect(screen.getByText("填写总分失败")).toBeTruthy();
    expect(screen.getByText("The argument is invalid.")).toBeTruthy();
    expect(screen.getByText("错误代码：InvalidArgument")).toBeTruthy();
    expect(screen.getByText("Range.formulas")).toBeTruthy();
    await userEvent.setup().click(screen.getByRole("button", { name: "关闭" }));
    expect(a.onDismissError).toHaveBeenCalledTimes(1);
  });

  it("says which headers it looked for when the sheet has no form", () => {
    renderApp({
      state: stateWith({
        result: { sheetId: "{S}", sheetName: "Sheet2", reports: [], expectedHeaders: ["三级指标", "得分"], highlighted: 0 },
      }),
    });
    expect(screen.getByText("本表没有找到绩效自评表")).toBeTruthy();
    expect(screen.getByText(/三级指标、得分/)).toBeTruthy();
  });

  it("speaks English when Office does", () => {
    renderApp({ state: checked, lang: "en" });
    expect(screen.getByRole("button", { name: "Check this sheet" })).toBeTruthy();
    // Issue 9: the core's vocabulary (SEVERITY_NAMES, FIGURE_COLUMNS), the same words as the CLI's.
    expect(screen.getByRole("heading", { name: "Error (2)" })).toBeTruthy();
    expect(screen.getByRole("columnheader", { name: "Entered" })).toBeTruthy();
    expect(screen.getByRole("columnheader", { name: "Recomputed" })).toBeTruthy();
    expect(screen.queryByText("检查本表")).toBeNull();
  });

  it("names the weaker checks when the host lacks merged areas or fills", () => {
    renderApp({ capabilities: { cellProperties: false, documentProperties: false, merges: false, events: false } });
    expect(screen.getByText(/合并的二级指标组无法识别/)).toBeTruthy();
    expect(screen.getByText(/检查结果不在表中标记/)).toBeTruthy();
    expect((screen.getByRole("switch", { name: "自动检查" }) as HTMLInputElement).disabled).toBe(true);
  });

  it("disables the workbook actions outside Excel and says why", () => {
    renderApp({ inExcel: false });
    expect(screen.getByText(/未在 Excel 中运行/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "检查本表" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("announces how many cells were highlighted", () => {
    renderApp({ state: stateWith({ notice: { kind: "highlighted", count: 24 } }) });
    expect(screen.getByText(/已标记 24 个单元格/)).toBeTruthy();
  });
});
