/** A comparison symbol as written before (or after) a target number. */
export type Comparator = ">=" | "<=" | "=" | ">" | "<";

/** The kind of quantity a unit measures; values of one family are stored in one base unit. */
export type UnitFamily = "money" | "area" | "percent" | "count" | "other" | "none";

/**
 * A unit: its family and the label as written (after full-width folding), e.g. "万元", "平米", "%", "次".
 * "none" (label "") is a bare number; "other" is a unit we do not convert, compared by label.
 */
export type Unit = { family: UnitFamily; label: string };

/** One number with an optional comparator; value is in the family's base unit (元, ㎡, fraction, the count itself). */
export type Quantity = { kind: "number"; comparator: Comparator | null; value: number; unit: Unit; raw: string };

/** A range such as "全年50-70次"; low <= high, both in the base unit. */
export type Interval = { kind: "interval"; low: number; high: number; unit: Unit; raw: string };

/** Text with no single measurable number ("全部完成", "及时完成", "每天160-180人、220人…"). */
export type Qualitative = { kind: "text"; raw: string };

/** A blank cell, whitespace, or a dash placeholder ("—", "/"). */
export type Empty = { kind: "empty"; raw: "" };

export type ParsedValue = Quantity | Interval | Qualitative | Empty;

/** True for the shapes that carry a number (a quantity or an interval). */
export function isNumeric(v: ParsedValue): v is Quantity | Interval {
  return v.kind === "number" || v.kind === "interval";
}

/** The bare-number unit. */
export const NO_UNIT: Unit = Object.freeze({ family: "none", label: "" }) as Unit;
