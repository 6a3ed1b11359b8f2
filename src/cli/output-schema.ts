// The --json output as a zod schema: the one description the JSON Schema in docs/ is generated from
// (npm run json-schema) and the tests validate real output against.
import { z } from "zod/mini";
import { FormReportSchema } from "../model";

const FileErrorCodeSchema = z.enum([
  "not-found",
  "not-a-file",
  "read-failed",
  "encrypted",
  "not-spreadsheet",
  "corrupt",
  "check-failed",
  "write-failed",
  "too-large",
  "too-many-cells",
  "timeout",
  "out-of-memory",
]);

/** A sheet of a readable workbook that could not be parsed: reported by name, the other sheets are checked. */
const SheetErrorSchema = z.object({ sheet: z.string(), error: z.string() });

/** One input file: its reports, or why it could not be checked. */
export const FileResultSchema = z.object({
  file: z.string(),
  error: z.nullable(z.string()),
  errorCode: z.nullable(FileErrorCodeSchema),
  /** Where --fix wrote the corrected copy; absent without --fix, null when nothing was written. */
  output: z.optional(z.nullable(z.string())),
  sheetErrors: z.array(SheetErrorSchema),
  forms: z.array(FormReportSchema),
});

/** A path a folder walk passed over, and why. */
const SkippedSchema = z.object({
  file: z.string(),
  reason: z.enum(["lock-file", "not-a-workbook-name", "output-folder", "special-file", "linked-folder"]),
});

export const BatchSummarySchema = z.object({
  files: z.int().check(z.nonnegative()),
  /** Files read and checked; files = checked + failed. */
  checked: z.int().check(z.nonnegative()),
  failed: z.int().check(z.nonnegative()),
  forms: z.int().check(z.nonnegative()),
  errors: z.int().check(z.nonnegative()),
  warnings: z.int().check(z.nonnegative()),
  infos: z.int().check(z.nonnegative()),
  sheetErrors: z.int().check(z.nonnegative()),
  skipped: z.int().check(z.nonnegative()),
});

/** Everything `perf-check --json` prints. */
export const JsonOutputSchema = z.object({
  files: z.array(FileResultSchema),
  skipped: z.array(SkippedSchema),
  summary: BatchSummarySchema,
  exitCode: z.union([z.literal(0), z.literal(1), z.literal(2)]),
});

/** The JSON Schema (draft 2020-12) of the --json output, as committed in docs/perf-check-output.schema.json. */
export function jsonOutputSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(JsonOutputSchema, { io: "output" }) as Record<string, unknown>;
  return { ...schema, $id: "https://perf-selfeval-assistant/perf-check-output.schema.json", title: "perf-check --json output" };
}
