// Notes (批注) in --fix copies: one classic comment per cell with a finding, added to a sheet's existing
// comments without losing them, every other zip entry byte for byte the input's, and read back by
// SheetJS and by LibreOffice (which Excel and WPS agree with on legacy comments).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patchPackage, type PackagePlan } from "../../src/cli/patch-package";
import { addNotes, noteLine, notesPlan } from "../../src/cli/review/notes";
import { mergeComments, mergeVml, NOTE_AUTHOR } from "../../src/cli/review/notes-xml";
import { packagePlan } from "../../src/cli/write-fixes";
import type { Finding } from "../../src/model";
import { recalculate, requireLibreOffice } from "../support/libreoffice";
import { buildPackage, packageParts, zipEntries } from "../support/package-fixture";
import { finding, formReport, SAMPLES, tempDir } from "./helpers";
import { checkSample, SAMPLE_FILES } from "./review-support";

// The fixture's sheet already has a note on B3 ("请核实质量指标得分", by 复核人) and its VML box.
const ON_B3: Finding[] = [
  finding({ cell: "B3", row: 3, severity: "warning", message: "质量指标得分与说明不一致" }),
  finding({ cell: "B3", row: 3, severity: "error", message: "得分超过分值" }),
];
const ON_C5 = finding({ cell: "C5", row: 5, severity: "error", message: "等级未填写" });
const ON_A2 = finding({ cell: "A2", row: 2, severity: "info", message: "得分以文本形式存储 <b>&</b>" });

/** Every note of every sheet, "Sheet!A1" → [author, text] pairs, as SheetJS reads them. */
function notesOf(bytes: Uint8Array): Record<string, { a?: string; t: string }[]> {
  const workbook = XLSX.read(bytes, { type: "buffer" });
  const out: Record<string, { a?: string; t: string }[]> = {};
  for (const name of workbook.SheetNames) {
    for (const [address, cell] of Object.entries(workbook.Sheets[name])) {
      if (address.startsWith("!")) continue;
      const comments = (cell as XLSX.CellObject).c;
      // SheetJS 0.20.3 hands back an author's UTF-8 bytes as Latin-1 characters (the text it decodes): undone here.
      const author = (a?: string) => (a === undefined ? a : Buffer.from(a, "latin1").toString("utf8"));
      if (comments && comments.length > 0)
        out[`${name}!${address}`] = comments.map((c) => ({ a: author(c.a), t: c.t.replace(/\r\n/g, "\n") }));
    }
  }
  return out;
}

/** The entries whose bytes differ between two packages (added or removed ones included). */
function changedEntries(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => !before.get(n)?.equals(after.get(n) ?? Buffer.alloc(0)) || !after.has(n)).sort();
}

/** The fixture package without its note: no comments part, no VML drawing, no <legacyDrawing>, no vml type. */
async function packageWithoutNotes(): Promise<Buffer> {
  const parts = packageParts();
  delete parts["xl/comments1.xml"];
  delete parts["xl/drawings/vmlDrawing1.vml"];
  delete parts["xl/worksheets/_rels/sheet1.xml.rels"];
  parts["xl/worksheets/sheet1.xml"] = (parts["xl/worksheets/sheet1.xml"] as string).replace('<legacyDrawing r:id="rId1"/>', "");
  parts["[Content_Types].xml"] = (parts["[Content_Types].xml"] as string)
    .replace('<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>', "")
    .replace(/<Override PartName="\/xl\/comments1.xml"[^>]*\/>/, "");
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function planFor(findings: Finding[], lang: "zh" | "en" = "zh"): PackagePlan {
  const plan: PackagePlan = new Map();
  addNotes(plan, [formReport({ findings })], lang);
  return plan;
}

describe("notesPlan: one note per cell, one line per finding", () => {
  it("puts the severity word first, errors before warnings before hints, one line per finding", () => {
    const plan = notesPlan([formReport({ findings: [...ON_B3, ON_C5] })], "zh");
    // B3 is row 2, column 1 (0-based), C5 row 4, column 2.
    expect([...plan.get("自评表")!.entries()]).toEqual([
      ["2,1", "【错误】得分超过分值\n【警告】质量指标得分与说明不一致"],
      ["4,2", "【错误】等级未填写"],
    ]);
  });

  it("words the severity in English with lang en", () => {
    expect(noteLine({ severity: "warning", message: "Check the score" }, "en")).toBe("[Warning] Check the score");
    expect(noteLine({ severity: "info", message: "得分以文本形式存储" }, "zh")).toBe("【提示】得分以文本形式存储");
  });

  it("writes an identical line once and groups by sheet", () => {
    const twice = [finding({ cell: "G6" }), finding({ cell: "G6" }), finding({ cell: "G6", sheet: "表二" })];
    const plan = notesPlan([formReport({ findings: twice })], "zh");
    expect(plan.get("自评表")!.get("5,6")).toBe("【错误】得分低于分值但未填写偏差原因");
    expect(plan.get("表二")!.get("5,6")).toBe("【错误】得分低于分值但未填写偏差原因");
  });

  it("adds notes beside the fixes and fills of packagePlan without dropping them", () => {
    const fills = finding({ cell: "A2", highlight: true, span: { top: 1, bottom: 1, left: 0, right: 2 } });
    const { plan } = packagePlan([formReport({ findings: [fills] })]);
    expect(addNotes(plan, [formReport({ findings: [fills] })], "zh")).toBe(1);
    expect(plan.get("自评表")!.get("1,0")).toEqual({ fill: "FFFFC7CE", note: "【错误】得分低于分值但未填写偏差原因" });
    expect(plan.get("自评表")!.get("1,2")).toEqual({ fill: "FFFFC7CE" });
  });
});

describe("the XML of notes", () => {
  it("escapes a workbook's text in the comments part", () => {
    const xml = mergeComments(null, [{ row: 0, col: 0, text: "<b>&</b>" }]);
    expect(xml).toContain("&lt;b&gt;&amp;&lt;/b&gt;");
    expect(xml).not.toContain("<b>&");
  });

  it("numbers new VML shapes after the drawing's highest id", () => {
    const existing = packageParts()["xl/drawings/vmlDrawing1.vml"] as string;
    const merged = mergeVml(existing, [{ row: 4, col: 2, text: "x" }], 2);
    expect(merged).toContain('id="_x0000_s2049"');
    expect(merged.match(/<v:shape /g)).toHaveLength(2);
    // The fixture's drawing has no text-box shape type; the new shape refers to one, so it is added.
    expect(merged).toContain('<v:shapetype id="_x0000_t202"');
  });
});

describe("notes in a package that already has comments", () => {
  let input: Buffer;
  let copy: Buffer;

  beforeAll(async () => {
    input = await buildPackage();
    copy = await patchPackage(input, planFor([...ON_B3, ON_C5, ON_A2]));
  });

  it("keeps the existing note and appends ours to it; other cells get a note of their own", () => {
    expect(notesOf(copy)).toEqual({
      "自评表!A2": [{ a: NOTE_AUTHOR, t: "【提示】得分以文本形式存储 <b>&</b>" }],
      "自评表!B3": [{ a: "复核人", t: "请核实质量指标得分\n【错误】得分超过分值\n【警告】质量指标得分与说明不一致" }],
      "自评表!C5": [{ a: NOTE_AUTHOR, t: "【错误】等级未填写" }],
    });
  });

  it("changes only the comments part and the VML drawing: every other entry is the input's bytes", async () => {
    const before = await zipEntries(input);
    const after = await zipEntries(copy);
    expect(changedEntries(before, after)).toEqual(["xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"]);
    const vml = after.get("xl/drawings/vmlDrawing1.vml")!.toString("utf8");
    // The person's box on B3 stays the only one there; A2 and C5 get one each.
    expect([...vml.matchAll(/<x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/g)].map((m) => `${m[1]},${m[2]}`).sort()).toEqual([
      "1,0",
      "2,1",
      "4,2",
    ]);
  });

  it("does not add the author twice when a copy is annotated again", async () => {
    const again = await patchPackage(copy, planFor([ON_C5]));
    const xml = (await zipEntries(again)).get("xl/comments1.xml")!.toString("utf8");
    expect(xml.match(/<author>/g)).toHaveLength(2);
    expect(notesOf(again)["自评表!C5"]).toEqual([{ a: NOTE_AUTHOR, t: "【错误】等级未填写\n【错误】等级未填写" }]);
  });
});

describe("notes in a package without comments", () => {
  let input: Buffer;
  let copy: Buffer;
  let after: Map<string, Buffer>;

  beforeAll(async () => {
    input = await packageWithoutNotes();
    copy = await patchPackage(input, planFor([ON_C5]));
    after = await zipEntries(copy);
  });

  it("adds the comments part, the VML drawing, their relationships and types, and <legacyDrawing>", async () => {
    expect(changedEntries(await zipEntries(input), after)).toEqual([
      "[Content_Types].xml",
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "xl/worksheets/_rels/sheet1.xml.rels",
      "xl/worksheets/sheet1.xml",
    ]);
    const rels = after.get("xl/worksheets/_rels/sheet1.xml.rels")!.toString("utf8");
    expect(rels).toMatch(/Type="[^"]*\/comments" Target="..\/comments1.xml"/);
    expect(rels).toMatch(/Type="[^"]*\/vmlDrawing" Target="..\/drawings\/vmlDrawing1.vml"/);
    const sheet = after.get("xl/worksheets/sheet1.xml")!.toString("utf8");
    // In schema order: after headerFooter (the last element before it in this sheet), before the end.
    expect(sheet).toMatch(/<\/headerFooter><legacyDrawing [^>]*r:id="rIdPerfNote2"\/><\/worksheet>$/);
    const types = after.get("[Content_Types].xml")!.toString("utf8");
    expect(types).toContain('<Override PartName="/xl/comments1.xml"');
    expect(types).toContain('<Default Extension="vml"');
    // The sheet's cells are untouched: only the element was added.
    expect(sheet.replace(/<legacyDrawing [^>]*\/>/, "")).toBe(
      packageParts()["xl/worksheets/sheet1.xml"].toString().replace('<legacyDrawing r:id="rId1"/>', ""),
    );
    expect(notesOf(copy)).toEqual({ "自评表!C5": [{ a: NOTE_AUTHOR, t: "【错误】等级未填写" }] });
  });
});

const installed = requireLibreOffice("the LibreOffice notes test");

describe.skipIf(!installed)("LibreOffice shows the notes", () => {
  const tmp = tempDir("perf-review-notes-");
  afterAll(() => tmp.cleanup());
  const LONG = 300_000;

  it(
    "reads back the person's note with ours appended and our new notes",
    async () => {
      const file = path.join(tmp.dir, "已有批注.xlsx");
      writeFileSync(file, await patchPackage(await buildPackage(), planFor([...ON_B3, ON_C5])));
      const notes = notesOf(readFileSync(await recalculate(file)));
      expect(notes["自评表!B3"]?.map((n) => n.t)).toEqual(["请核实质量指标得分\n【错误】得分超过分值\n【警告】质量指标得分与说明不一致"]);
      expect(notes["自评表!C5"]?.map((n) => n.t)).toEqual(["【错误】等级未填写"]);
    },
    LONG,
  );

  it(
    "shows sample 1's findings as notes, the execution rate's on its cell",
    async () => {
      const result = checkSample(SAMPLE_FILES[0]);
      const { plan } = packagePlan(result.forms);
      addNotes(plan, result.forms, "zh");
      const file = path.join(tmp.dir, "样表1.xlsx");
      writeFileSync(file, await patchPackage(readFileSync(path.join(SAMPLES, SAMPLE_FILES[0])), plan));
      const notes = notesOf(readFileSync(await recalculate(file)));
      // The form writes 66% for 100 ÷ 150 = 66.67% (docs/rules.md#exec-rate): an error on the rate cell, G6.
      expect(notes["自评表!G6"]?.[0].t).toMatch(/^【错误】执行率填写为66\.00%，按全年执行数100÷全年预算数150应为66\.67%/);
      // Every cell with a finding has one note.
      const cells = new Set(result.forms.flatMap((f) => f.findings.map((x) => `${x.sheet}!${x.cell}`)));
      expect(new Set(Object.keys(notes))).toEqual(cells);
    },
    LONG,
  );
});
