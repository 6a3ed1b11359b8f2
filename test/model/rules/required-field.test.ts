// required-field: 项目名称 B3, 主管部门 B4, 年度总体目标 预期目标 B11 / 实际完成情况 F11; fields named by key.
import { requiredField } from "../../../src/model/rules/required-field";
import { cleanForm } from "./clean-form";
import { ruleTester } from "./rule-tester";

const base = cleanForm();

ruleTester(requiredField, {
  valid: [{ name: "the clean form", form: base }],
  invalid: [
    {
      name: "a blank 主管部门",
      form: { ...base, department: null },
      findings: [{ messageId: "required-field", cell: "B4", severity: "error", params: { field: "department" } }],
    },
    {
      name: "a blank 项目名称",
      form: { ...base, project: null },
      findings: [{ messageId: "required-field", cell: "B3", severity: "error", params: { field: "project" } }],
    },
    {
      name: "a blank 预期目标",
      form: { ...base, goals: { ...base.goals, expected: "" } },
      findings: [{ messageId: "required-field", cell: "B11", severity: "error", params: { field: "goalExpected" } }],
    },
  ],
});
