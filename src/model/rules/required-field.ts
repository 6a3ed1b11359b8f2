import { displayName } from "../messages";
import { isBlankCell } from "../parse/read-cell";
import type { FormRule, Hit } from "./rule";

const FIELDS = ["project", "department", "implementer"] as const;

/** 项目名称, 主管部门 or 实施单位 blank or absent. */
export const requiredField: FormRule = {
  id: "required-field",
  check({ analysis }) {
    const { form } = analysis;
    const hits: Hit[] = [];
    for (const name of FIELDS) {
      const f = form.fields[name];
      if (f && !isBlankCell(f.value)) continue;
      const pos = f ? f.value.pos : { row: form.range.top, col: form.range.left };
      hits.push({
        severity: "error",
        message: "required-field",
        params: { field: displayName(name, "zh"), fieldEn: displayName(name, "en") },
        pos,
        row: pos.row,
      });
    }
    return hits;
  },
};
