import type { Comparator } from "./types";

// Longest first, so "不低于" is matched before "低于" and "大于等于" before "等于".
const BEFORE_NUMBER: ReadonlyArray<[string, Comparator]> = (
  [
    [">=", ">="],
    ["=>", ">="],
    ["≥", ">="],
    ["≧", ">="],
    ["⩾", ">="],
    ["大于等于", ">="],
    ["大于或等于", ">="],
    ["不低于", ">="],
    ["不少于", ">="],
    ["不小于", ">="],
    ["至少", ">="],
    ["达到", ">="],
    ["达", ">="],
    ["<=", "<="],
    ["=<", "<="],
    ["≤", "<="],
    ["≦", "<="],
    ["⩽", "<="],
    ["小于等于", "<="],
    ["小于或等于", "<="],
    ["不高于", "<="],
    ["不超过", "<="],
    ["不大于", "<="],
    ["不多于", "<="],
    ["控制在", "<="],
    ["最多", "<="],
    ["==", "="],
    ["=", "="],
    ["等于", "="],
    [">", ">"],
    ["大于", ">"],
    ["高于", ">"],
    ["超过", ">"],
    ["多于", ">"],
    ["<", "<"],
    ["小于", "<"],
    ["低于", "<"],
    ["少于", "<"],
  ] as Array<[string, Comparator]>
).sort((a, b) => b[0].length - a[0].length);

const AFTER_NUMBER: ReadonlyArray<[string, Comparator]> = [
  ["及以上", ">="],
  ["以上", ">="],
  ["及以下", "<="],
  ["以下", "<="],
  ["以内", "<="],
];

/** The comparator that text ends with ("满意度≥", "不低于"), or null. */
export function comparatorBefore(text: string): Comparator | null {
  for (const [word, cmp] of BEFORE_NUMBER) if (text.endsWith(word)) return cmp;
  return null;
}

/** The comparator that text starts with ("以上", "以内"), or null. */
export function comparatorAfter(text: string): Comparator | null {
  for (const [word, cmp] of AFTER_NUMBER) if (text.startsWith(word)) return cmp;
  return null;
}
