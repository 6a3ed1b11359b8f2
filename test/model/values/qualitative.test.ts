import { describe, expect, it } from "vitest";
import { qualitativeTier } from "../../../src/model/values";

describe("qualitativeTier", () => {
  it.each(["全部完成", "及时完成", "已完成", "验收合格", "达到预期", "达成年度指标", "100%", "１００％", "圆满完成上级下达的各项任务"])(
    "%s → tier 1",
    (text) => expect(qualitativeTier(text)).toBe(1),
  );

  it.each(["部分完成", "基本完成", "效果较好", "基本达到", "部分达成年度指标并具有一定效果"])("%s → tier 2", (text) =>
    expect(qualitativeTier(text)).toBe(2),
  );

  it.each(["未完成", "未达到", "尚未开展", "工程进度滞后", "未按时完成", "验收不合格", "未达成年度指标且效果较差"])(
    "%s → tier 3 (negation wins over the word it contains)",
    (text) => expect(qualitativeTier(text)).toBe(3),
  );

  it("a percentage below 100 is not read as completion", () => {
    expect(qualitativeTier("完成率80%")).toBeNull();
  });

  it.each(["无偏差", "", "分局及派出所每月有专人负责检修"])("%j → null", (text) => {
    expect(qualitativeTier(text)).toBeNull();
  });
});
