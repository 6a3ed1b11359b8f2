import { cellNumber } from "../analysis";
import { formatNumber } from "../format-number";
import { isBlankCell } from "../parse/read-cell";
import { cellText } from "../sheet-view";
import type { FormRule } from "./rule";

/** The written 总分 is missing or differs from 执行率得分 + Σ 得分 by more than the tolerance. */
export const total: FormRule = {
  id: "total",
  check({ analysis, profile, total: computed }) {
    const { form } = analysis;
    if (computed === null) return [];
    const params = { computed: formatNumber(computed) };
    if (!form.total) {
      const pos = { row: form.tableRows.last, col: form.columns.score };
      return [{ severity: "error", message: "total.no-row", params, pos, row: pos.row }];
    }
    const at = { pos: form.total.score.pos, row: form.total.row, severity: "error" as const };
    if (isBlankCell(form.total.score)) return [{ ...at, message: "total.missing", params }];
    const written = cellNumber(form.total.score);
    if (written !== null && Math.abs(written - computed) <= profile.scoreTolerance + 1e-9) return [];
    return [{ ...at, message: "total.mismatch", params: { ...params, written: written === null ? cellText(form.total.score.value) : formatNumber(written) } }];
  },
};
