// docs/rules.md is where code comments point for a rule's basis (docs/rules.md#<rule id>), so it must keep pace
// with the registry: a rule added without a section, or a section left behind by a removed or renamed rule, fails
// here. Citations of the document elsewhere in the repository must land on an anchor that exists.
import { readdirSync, readFileSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { FORM_RULES } from "../../src/model/rules";

const ROOT = resolve(__dirname, "../..");
const DOC_PATH = join(ROOT, "docs/rules.md");
const DOC = readFileSync(DOC_PATH, "utf8");

// Findings whose rule id is not a FormRule: `fix-skipped` comes from the fix planner (src/model/fixes.ts, check.ts).
const OTHER_RULE_IDS = ["fix-skipped"];

/** A rule's section: a heading whose text begins with the backticked id, e.g. "### `reason-missing` 扣分未说明原因". */
const RULE_HEADING = /^#{2,6}\s+`([a-z0-9][a-z0-9-]*)`/;
const ANCHOR = /<a id="([^"]+)"><\/a>/g;
const LINK = /\]\(#([^)\s]+)\)/g;

interface DocAudit {
  /** Ids with no section. */
  missing: string[];
  /** Sections naming an id that is not a rule. */
  stale: string[];
  /** Sections whose line above is not `<a id="<its id>"></a>`. */
  unanchored: string[];
  duplicateAnchors: string[];
  /** In-document links (#x) with no anchor x. */
  brokenLinks: string[];
}

/** Lines outside fenced code blocks, so an example in a fence is never read as a section. */
function proseLines(md: string): string[] {
  let fenced = false;
  return md.split(/\r?\n/).map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return "";
    }
    return fenced ? "" : line;
  });
}

function anchorsOf(md: string): string[] {
  return proseLines(md).flatMap((line) => [...line.matchAll(ANCHOR)].map((m) => m[1]));
}

/** Checks a rules document against the rule ids it must describe. */
function auditRulesDoc(md: string, ruleIds: readonly string[]): DocAudit {
  const lines = proseLines(md);
  const sections: { id: string; above: string }[] = [];
  lines.forEach((line, i) => {
    const m = RULE_HEADING.exec(line);
    if (m) sections.push({ id: m[1], above: (lines[i - 1] ?? "").trim() });
  });
  const sectionIds = new Set(sections.map((s) => s.id));
  const known = new Set(ruleIds);
  const anchors = anchorsOf(md);
  const anchorSet = new Set(anchors);
  return {
    missing: [...known].filter((id) => !sectionIds.has(id)),
    stale: [...sectionIds].filter((id) => !known.has(id)),
    unanchored: sections.filter((s) => s.above !== `<a id="${s.id}"></a>`).map((s) => s.id),
    duplicateAnchors: anchors.filter((a, i) => anchors.indexOf(a) !== i),
    brokenLinks: lines.flatMap((line) => [...line.matchAll(LINK)].map((m) => m[1])).filter((a) => !anchorSet.has(a)),
  };
}

const REGISTERED = [...new Set(FORM_RULES.map((r) => r.id))];
const ALL_RULE_IDS = [...REGISTERED, ...OTHER_RULE_IDS];

const TEXT_FILE = new Set([".ts", ".tsx", ".js", ".cjs", ".mjs", ".md", ".json", ".html", ".css"]);

/** Text files under a folder of the repository (node_modules and build output left out). */
function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...textFiles(path));
    else if (TEXT_FILE.has(extname(entry.name))) out.push(path);
  }
  return out;
}

describe("the rules document checker", () => {
  const doc = (...ids: string[]) => ids.map((id) => `<a id="${id}"></a>\n### \`${id}\` title\n\ntext\n`).join("\n");

  it("accepts a document with one anchored section per rule", () => {
    expect(auditRulesDoc(doc("a-rule", "total"), ["a-rule", "total"])).toEqual({
      missing: [],
      stale: [],
      unanchored: [],
      duplicateAnchors: [],
      brokenLinks: [],
    });
  });

  it("names a registered rule without a section", () => {
    expect(auditRulesDoc(doc("a-rule"), ["a-rule", "new-rule"]).missing).toEqual(["new-rule"]);
  });

  it("names a section whose rule no longer exists", () => {
    expect(auditRulesDoc(doc("a-rule", "old-rule"), ["a-rule"]).stale).toEqual(["old-rule"]);
  });

  it("names a section without its anchor, a repeated anchor and a link to no anchor", () => {
    const md = "### `a-rule` title\n\n<a id=\"x\"></a>\n<a id=\"x\"></a>\nsee [there](#nowhere)\n";
    const audit = auditRulesDoc(md, ["a-rule"]);
    expect(audit.unanchored).toEqual(["a-rule"]);
    expect(audit.duplicateAnchors).toEqual(["x"]);
    expect(audit.brokenLinks).toEqual(["nowhere"]);
  });

  it("does not read a heading inside a code fence as a section", () => {
    const md = `${doc("a-rule")}\n\`\`\`md\n### \`example-rule\` shown as an example\n\`\`\`\n`;
    expect(auditRulesDoc(md, ["a-rule"]).stale).toEqual([]);
  });
});

describe("docs/rules.md", () => {
  const audit = auditRulesDoc(DOC, ALL_RULE_IDS);

  it("has a section for every registered rule", () => {
    // The registry this reads must really hold rules, or "nothing missing" would prove nothing.
    expect(REGISTERED).toContain("reason-missing");
    expect(REGISTERED.length).toBeGreaterThanOrEqual(20);
    expect(audit.missing).toEqual([]);
  });

  it("has no section for a rule that no longer exists", () => {
    expect(audit.stale).toEqual([]);
  });

  it("anchors each rule's section with the rule id, and each anchor once", () => {
    expect(audit.unanchored).toEqual([]);
    expect(audit.duplicateAnchors).toEqual([]);
  });

  it("links only to anchors it has", () => {
    expect(audit.brokenLinks).toEqual([]);
  });

  it("describes findings produced outside the registry only while the engine still produces them", () => {
    const model = textFiles(join(ROOT, "src/model")).map((f) => readFileSync(f, "utf8"));
    for (const id of OTHER_RULE_IDS) expect(model.some((text) => text.includes(`"${id}`)), id).toBe(true);
  });

  it("is cited elsewhere only at anchors it has", () => {
    const anchors = new Set(anchorsOf(DOC));
    const files = [...["src", "test", "scripts", "bench", "docs"].flatMap((d) => textFiles(join(ROOT, d))), join(ROOT, "README.md")];
    const broken: string[] = [];
    for (const file of files) {
      if (file === DOC_PATH) continue;
      for (const m of readFileSync(file, "utf8").matchAll(/rules\.md#([A-Za-z0-9_-]+)/g)) {
        if (!anchors.has(m[1])) broken.push(`${relative(ROOT, file)}: #${m[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
