import type { FieldKey } from "../i18n";
import { isBlankCell } from "../parse/read-cell";
import { defineRule, type RuleHit } from "./rule";

const FIELDS = ["project", "department", "implementer"] as const;
const GOALS = [
  ["expected", "goalExpected"],
  ["actual", "goalActual"],
] as const;

/**
 * 项目名称, 主管部门 or 实施单位 blank or absent; a 年度总体目标 text (预期目标 or 实际完成情况) blank. A form
 * without a goal block, or a goal block without a place for one of the two texts, has nothing to fill there
 * (docs/rules.md#required-field).
 */
export const requiredField = defineRule({
  id: "required-field",
  title: { zh: "必填项", en: "Required field" },
  severity: ["error"],
  highlights: false,
  basis: "docs/rules.md#required-field",
  check({ analysis }) {
    const { form } = analysis;
    const hits: RuleHit<"required-field">[] = [];
    // The field's key, not its name: the catalogue of each language names it (i18n/vocabulary.ts FIELD_NAMES).
    const blank = (field: FieldKey, pos: { row: number; col: number }) =>
      hits.push({ severity: "error", message: "required-field", params: { field }, pos, row: pos.row });
    for (const name of FIELDS) {
      const f = form.fields[name];
      if (f && !isBlankCell(f.value)) continue;
      blank(name, f ? f.value.pos : { row: form.range.top, col: form.range.left });
    }
    for (const [part, key] of GOALS) {
      const cell = form.goals?.[part];
      if (cell && isBlankCell(cell)) blank(key, cell.pos);
    }
    return hits;
  },
});
