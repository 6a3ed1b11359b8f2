// docs/rules.md is where code comments point for a rule's basis (docs/rules.md#<rule id>), so it must keep pace
// with the registry: a rule added without a section, or a section left behind by a removed or renamed rule, fails
// here. Citations of the document elsewhere in the repository must land on an anchor that exists. Every rule
// file is registered, its basis is a paragraph of the document, and the README's rules table lists it with the
// severities the rule declares (issue 9 item 1: the table derives from the definitions, this proves it).
import { readdirSync, readFileSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES, RULE_IDS, type FormRule } from "../../src/model/rules";
import type { Severity } from "../../src/model/report/report";

const ROOT = resolve(__dirname, "../..");
const DOC_PATH = join(ROOT, "docs/rules.md");
const DOC = readFileSync(DOC_PATH, "utf8");

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

// Since issue 9 every finding's rule is a definition in the registry, fix-skipped (the fix planner's) included.
const REGISTERED: string[] = [...RULE_IDS];
const ALL_RULE_IDS = REGISTERED;

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
    const md = '### `a-rule` title\n\n<a id="x"></a>\n<a id="x"></a>\nsee [there](#nowhere)\n';
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

  it("describes fix-skipped, now a rule defined and registered like the others", () => {
    expect(REGISTERED).toContain("fix-skipped");
    expect(audit.missing).not.toContain("fix-skipped");
  });

  it("holds each rule's basis: an anchor of this document", () => {
    const anchors = new Set(anchorsOf(DOC));
    const broken = RULES.filter((r) => !anchors.has(r.basis.replace(/^docs\/rules\.md#/, ""))).map((r) => `${r.id}: ${r.basis}`);
    expect(broken).toEqual([]);
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

const RULES_DIR = join(ROOT, "src/model/rules");
// The files of src/model/rules that define no rule: the registry and the definition machinery.
const NOT_RULE_FILES = new Set(["index.ts", "rule.ts"]);

/** The rule definitions a module exports (objects made by defineRule). */
function definitionsIn(module: Record<string, unknown>): FormRule[] {
  return Object.values(module).filter(
    (v): v is FormRule =>
      typeof v === "object" &&
      v !== null &&
      typeof (v as FormRule).id === "string" &&
      typeof (v as FormRule).check === "function" &&
      "title" in v,
  );
}

describe("the rule registry (src/model/rules/index.ts)", () => {
  it("registers the one rule each rule file defines, and no rule twice", async () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith(".ts") && !NOT_RULE_FILES.has(f));
    expect(files.length).toBeGreaterThanOrEqual(22);
    const unregistered: string[] = [];
    for (const file of files) {
      const defs = definitionsIn(await import(join(RULES_DIR, file)));
      expect(
        defs.map((d) => `${file}: ${d.id}`),
        file,
      ).toHaveLength(1);
      // The file is named after its rule, so a reader finds a rule by its id.
      expect(`${defs[0].id}.ts`).toBe(file);
      if (!(RULES as readonly FormRule[]).includes(defs[0])) unregistered.push(file);
    }
    expect(unregistered).toEqual([]);
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });

  it("names each rule in both languages", () => {
    for (const rule of RULES) {
      expect(rule.title.zh, rule.id).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.title.en, rule.id).toMatch(/^[A-Z][A-Za-z0-9 ,-]+$/);
    }
  });
});

// The README's 级别 column in its words.
const SEVERITY_WORDS: Record<string, Severity> = { 错误: "error", 警告: "warning", 提示: "info" };

/** The rows of README.md's rules table (section 检查规则): id and severities, in table order. */
function readmeRuleRows(md: string): { id: string; severity: Severity[] }[] {
  const section = md.split(/^## /m).find((s) => s.startsWith("检查规则")) ?? "";
  return [...section.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|\s*([^|]+?)\s*\|/gm)].map((m) => ({
    id: m[1],
    severity: m[2].split("/").map((w) => SEVERITY_WORDS[w.trim()] ?? (w.trim() as Severity)),
  }));
}

describe("README.md's rules table", () => {
  const rows = readmeRuleRows(readFileSync(join(ROOT, "README.md"), "utf8"));

  it("is read as a table of rules", () => {
    expect(readmeRuleRows("## 检查规则 / x\n\n| 规则 id | 级别 | 何时 |\n|---|---|---|\n| `a-rule` | 错误/提示 | … |\n")).toEqual([
      { id: "a-rule", severity: ["error", "info"] },
    ]);
  });

  it("lists every rule once, and no rule that does not exist", () => {
    expect([...rows.map((r) => r.id)].sort()).toEqual([...RULE_IDS].sort());
  });

  it("gives each rule the severities its definition declares", () => {
    const declared = RULES.map((r) => ({ id: r.id as string, severity: [...r.severity].sort() }));
    const listed = rows.map((r) => ({ id: r.id, severity: [...r.severity].sort() }));
    expect(listed.sort((a, b) => a.id.localeCompare(b.id))).toEqual(declared.sort((a, b) => a.id.localeCompare(b.id)));
  });
});
