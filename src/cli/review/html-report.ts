// --html FILE.html: the review as one self-contained page (inline CSS and SVG, no script, no external
// resource) that any browser opens offline: the batch's counts, a histogram of totals coloured by grade, a
// bar chart of findings by rule, then the forms table and the findings table. Every piece of workbook text
// is escaped: a sheet or a message cannot inject markup.
//
// Streamed: table rows are written to temporary files as results arrive and copied into the page at
// finish(); the charts need the whole batch, so only their counts are kept (ten total bins, a count per
// rule and severity), never the results themselves.
import { createReadStream, createWriteStream, mkdtempSync, promises as fs, rmSync, type WriteStream } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import {
  FIGURE_COLUMNS,
  FIGURE_NAMES,
  figureTable,
  gradeOf,
  GRADE_BANDS,
  HIGHLIGHT_FILLS,
  ruleTitle,
  SEVERITY_NAMES,
  type Grade,
  type Lang,
  type Severity,
} from "../../model";
import {
  FINDING_COLUMNS,
  findingColumnLabel,
  findingRows,
  FORM_COLUMNS,
  formColumnLabel,
  formRows,
  summaryPairs,
  word,
  type FindingRow,
  type FormRow,
} from "./rows";
import type { ReviewReport } from "./xlsx-report";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

// Chart colours: a grade's bar (strong enough to read on white and in print) and a severity's segment.
const GRADE_COLOURS: Record<Grade, string> = { 优: "#2e7d32", 良: "#1565c0", 中: "#e0a100", 差: "#c62828" };
const SEVERITY_COLOURS: Record<Severity, string> = { error: "#d64541", warning: "#e8a317", info: "#7b8ba3" };

/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** A relative link's href: each path segment percent-encoded, so no name can turn into a scheme ("javascript:"). */
function hrefOf(link: string): string {
  return link.split("/").map(encodeURIComponent).join("/");
}

/** The ten 10-point bins of the histogram: 0–10 … 90–100 (a total of 100, or above, falls in the last). */
function binOf(total: number): number {
  return Math.min(9, Math.max(0, Math.floor(total / 10)));
}

function cell(text: string | null, className?: string): string {
  const attr = className ? ` class="${className}"` : "";
  return `<td${attr}>${text === null ? "" : escapeHtml(text)}</td>`;
}

function formRowHtml(row: FormRow, lang: Lang): string {
  const figures = row.entered && row.computed ? figureTable(row.entered, row.computed, lang, "") : null;
  const cells: string[] = [];
  for (const column of FORM_COLUMNS) {
    if (column.includes(":")) {
      const [key, side] = column.split(":") as ["execRate" | "execScore" | "total" | "grade", "entered" | "computed"];
      const fig = figures?.rows.find((r) => r.key === key);
      // A recomputed figure that differs from the form's as shown is the one a reviewer looks at.
      cells.push(cell(fig ? fig[side] : null, fig?.differs && side === "computed" ? "num differs" : "num"));
    } else if (column === "error" || column === "warning" || column === "info") {
      const n = row.counts[column];
      cells.push(row.failed ? cell(null) : `<td class="num"><span class="count ${n > 0 ? column : "zero"}">${n}</span></td>`);
    } else if (column === "copy") {
      cells.push(
        row.link === null
          ? cell(null)
          : `<td><a href="${escapeHtml(hrefOf(row.link))}">${escapeHtml(path.posix.basename(row.link))}</a></td>`,
      );
    } else if (column === "remarks") {
      cells.push(cell(row.remarks, row.failed ? "failed" : undefined));
    } else {
      const text = row[column as "file" | "sheet" | "project" | "department" | "implementer"];
      cells.push(cell(text, column === "file" ? "file" : undefined));
    }
  }
  return `<tr${row.failed ? ' class="failed-row"' : ""}>${cells.join("")}</tr>\n`;
}

function findingRowHtml(row: FindingRow, lang: Lang): string {
  const cells = FINDING_COLUMNS.map((column) => {
    if (column === "severity")
      return `<td><span class="badge ${row.severity}">${escapeHtml(SEVERITY_NAMES[row.severity][lang])}</span></td>`;
    if (column === "rule") return cell(row.rule, "mono");
    const classes: Partial<Record<typeof column, string>> = { file: "file", cell: "mono", message: "message", title: "title" };
    return cell(row[column], classes[column]);
  });
  return `<tr>${cells.join("")}</tr>\n`;
}

/** The histogram of recomputed totals: ten bins, each bar in its grade's colour, with a legend. */
export function totalsHistogram(bins: readonly number[], noTotal: number, lang: Lang): string {
  const width = 560;
  const height = 250;
  const left = 40;
  const bottom = 36;
  const top = 16;
  const plotH = height - bottom - top;
  const slot = (width - left - 10) / bins.length;
  const max = Math.max(1, ...bins);
  const step = Math.max(1, Math.ceil(max / 5));
  const ceiling = step * Math.ceil(max / step);
  const parts: string[] = [];
  for (let v = 0; v <= ceiling; v += step) {
    const y = top + plotH - (v / ceiling) * plotH;
    parts.push(`<line x1="${left}" x2="${width - 10}" y1="${y}" y2="${y}" class="grid"/>`);
    parts.push(`<text x="${left - 6}" y="${y + 4}" class="tick" text-anchor="end">${v}</text>`);
  }
  bins.forEach((count, i) => {
    const grade = gradeOf(i * 10) ?? "差";
    const h = (count / ceiling) * plotH;
    const x = left + i * slot + 4;
    const y = top + plotH - h;
    const label = `${i * 10}–${i * 10 + 10}`;
    parts.push(
      `<rect x="${x}" y="${y}" width="${slot - 8}" height="${h}" rx="2" fill="${GRADE_COLOURS[grade]}"><title>${label}: ${count}</title></rect>`,
    );
    if (count > 0) parts.push(`<text x="${x + (slot - 8) / 2}" y="${y - 4}" class="value" text-anchor="middle">${count}</text>`);
    parts.push(`<text x="${x + (slot - 8) / 2}" y="${height - bottom + 16}" class="tick" text-anchor="middle">${label}</text>`);
  });
  parts.push(`<line x1="${left}" x2="${width - 10}" y1="${top + plotH}" y2="${top + plotH}" class="axis"/>`);
  // The legend reads the bands from the one band table: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below.
  const legend = GRADE_BANDS.map((band, i) => {
    const upper = i === 0 ? 100 : GRADE_BANDS[i - 1].min;
    const lower = Number.isFinite(band.min) ? band.min : 0;
    return `<span class="key"><i style="background:${GRADE_COLOURS[band.grade]}"></i>${escapeHtml(band.grade)} ${lower}–${upper}</span>`;
  }).join("");
  const missing = noTotal > 0 ? `<span class="key muted">${escapeHtml(word("noTotal", lang))}: ${noTotal}</span>` : "";
  return (
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(word("totals", lang))}">${parts.join("")}</svg>` +
    `<div class="legend">${legend}${missing}</div>`
  );
}

/** Findings by rule as horizontal bars, most frequent first, each split by severity. */
export function ruleChart(counts: ReadonlyMap<string, Record<Severity, number>>, lang: Lang): string {
  const rules = [...counts.entries()]
    .map(([rule, c]) => ({ rule, c, n: c.error + c.warning + c.info }))
    .filter((r) => r.n > 0)
    .sort((a, b) => b.n - a.n || a.rule.localeCompare(b.rule));
  if (rules.length === 0) return `<p class="muted">${escapeHtml(word("none", lang))}</p>`;
  const width = 560;
  const labelW = 190;
  const rowH = 24;
  const height = rules.length * rowH + 8;
  const max = Math.max(...rules.map((r) => r.n));
  const scale = (width - labelW - 40) / max;
  const parts = rules.map((r, i) => {
    const y = 4 + i * rowH;
    let x = labelW;
    const segs = SEVERITIES.filter((s) => r.c[s] > 0).map((s) => {
      const w = r.c[s] * scale;
      const seg = `<rect x="${x}" y="${y + 4}" width="${w}" height="${rowH - 8}" fill="${SEVERITY_COLOURS[s]}"><title>${escapeHtml(SEVERITY_NAMES[s][lang])}: ${r.c[s]}</title></rect>`;
      x += w;
      return seg;
    });
    const title = escapeHtml(ruleTitle(r.rule, lang));
    return (
      `<text x="${labelW - 8}" y="${y + rowH / 2 + 4}" class="label" text-anchor="end">${title}</text>${segs.join("")}` +
      `<text x="${x + 6}" y="${y + rowH / 2 + 4}" class="value">${r.n}</text>`
    );
  });
  const legend = SEVERITIES.map(
    (s) => `<span class="key"><i style="background:${SEVERITY_COLOURS[s]}"></i>${escapeHtml(SEVERITY_NAMES[s][lang])}</span>`,
  ).join("");
  return (
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(word("byRule", lang))}">${parts.join("")}</svg>` +
    `<div class="legend">${legend}</div>`
  );
}

const CSS = `
*{box-sizing:border-box}
body{margin:0;background:#f4f6f9;color:#1f2d3d;font:14px/1.5 "Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",system-ui,sans-serif}
main{max-width:1400px;margin:0 auto;padding:28px 32px 48px}
header{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #b22d2d;padding-bottom:12px;margin-bottom:20px}
h1{font-size:24px;margin:0;letter-spacing:.04em}
.meta{color:#6b7a90;font-size:13px}
h2{font-size:17px;margin:28px 0 10px;padding-left:10px;border-left:4px solid #b22d2d}
.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{flex:1 1 120px;background:#fff;border:1px solid #dde3ea;border-radius:6px;padding:12px 16px}
.card b{display:block;font-size:26px;font-variant-numeric:tabular-nums}
.card span{color:#6b7a90;font-size:13px}
.card.error b{color:${SEVERITY_COLOURS.error}}.card.warning b{color:#b7791f}.card.info b{color:${SEVERITY_COLOURS.info}}
.charts{display:flex;gap:16px;flex-wrap:wrap}
.panel{flex:1 1 560px;background:#fff;border:1px solid #dde3ea;border-radius:6px;padding:14px 18px}
.panel h3{margin:0 0 8px;font-size:15px}
.chart{max-width:100%;height:auto;display:block}
.chart .grid{stroke:#e6eaf0}.chart .axis{stroke:#8896ab}
.chart .tick{font-size:11px;fill:#6b7a90}.chart .value{font-size:11px;fill:#1f2d3d;font-weight:600}.chart .label{font-size:12px;fill:#1f2d3d}
.legend{display:flex;gap:14px;flex-wrap:wrap;font-size:12px;color:#44546a;margin-top:6px}
.key i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:-1px}
.muted{color:#8896ab}
.table-wrap{background:#fff;border:1px solid #dde3ea;border-radius:6px;overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:13px}
th{background:#e9eef5;text-align:left;font-weight:600;padding:7px 8px;border-bottom:1px solid #c5cfdb;white-space:nowrap;vertical-align:bottom}
th.num{text-align:right}th.group{text-align:center;border-bottom:1px solid #c5cfdb;border-left:1px solid #d5dde7}th.sub{font-weight:500;color:#44546a;font-size:12px}
#findings th{position:sticky;top:0}
td{padding:6px 8px;border-bottom:1px solid #eef1f5;vertical-align:top}
tbody tr:nth-child(even){background:#fafbfd}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.differs{color:#b22d2d;font-weight:700}
td.file{min-width:230px;max-width:320px;overflow-wrap:anywhere;color:#44546a}
#forms td:nth-child(3){min-width:180px}
td.mono{font-family:ui-monospace,Consolas,monospace;font-size:12px;white-space:nowrap}
td.message{min-width:360px}
td.title{min-width:110px}
td.failed{color:#b22d2d}
.count{display:inline-block;min-width:24px;padding:0 6px;border-radius:10px;text-align:center;font-weight:600}
.count.zero{color:#b0bac7}
.count.error{background:#${HIGHLIGHT_FILLS.error};color:#9c0006}.count.warning{background:#${HIGHLIGHT_FILLS.warning};color:#7a5200}.count.info{background:#e6ebf2;color:#44546a}
.badge{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;white-space:nowrap}
.badge.error{background:#${HIGHLIGHT_FILLS.error};color:#9c0006}.badge.warning{background:#${HIGHLIGHT_FILLS.warning};color:#7a5200}.badge.info{background:#e6ebf2;color:#44546a}
a{color:#0b57d0}
footer{margin-top:28px;color:#8896ab;font-size:12px}
@media print{body{background:#fff}main{padding:0}.panel,.table-wrap,.card{border-color:#ccc}th{position:static}}
`;

/**
 * Starts the HTML report at `file` (replaced at finish). Call add() for every file's result in order and
 * finish() once; the page appears, complete, only when finish() resolves.
 */
export function createHtmlReport(file: string, lang: Lang): ReviewReport {
  const temp = mkdtempSync(path.join(tmpdir(), "perf-html-"));
  const formsPart = path.join(temp, "forms.html");
  const findingsPart = path.join(temp, "findings.html");
  const forms: WriteStream = createWriteStream(formsPart, { encoding: "utf8" });
  const findings: WriteStream = createWriteStream(findingsPart, { encoding: "utf8" });
  const bins = Array.from({ length: 10 }, () => 0);
  let noTotal = 0;
  let findingCount = 0;
  const byRule = new Map<string, Record<Severity, number>>();

  const write = async (stream: WriteStream, text: string) => {
    if (!stream.write(text)) await once(stream, "drain");
  };

  return {
    async add(result) {
      for (const row of formRows(result, file, lang)) {
        await write(forms, formRowHtml(row, lang));
        if (row.failed || row.computed === null) continue;
        if (row.computed.total === null) noTotal++;
        else bins[binOf(row.computed.total)]++;
      }
      for (const row of findingRows(result, lang)) {
        await write(findings, findingRowHtml(row, lang));
        const counts = byRule.get(row.rule) ?? { error: 0, warning: 0, info: 0 };
        counts[row.severity]++;
        byRule.set(row.rule, counts);
        findingCount++;
      }
    },

    async finish(summary) {
      const staging = `${file}.${process.pid}.tmp`;
      try {
        forms.end();
        findings.end();
        await Promise.all([once(forms, "finish"), once(findings, "finish")]);
        const out = createWriteStream(staging, { encoding: "utf8" });
        const put = (text: string) => write(out, text);
        const title = word("title", lang);
        const cards = summaryPairs(summary, lang)
          .map(
            ([label, value], i) =>
              `<div class="card ${["", "", "", "error", "warning", "info"][i]}"><b>${value}</b><span>${escapeHtml(label)}</span></div>`,
          )
          .join("");
        await put(
          `<!DOCTYPE html>\n<html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8">` +
            `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${CSS}</style></head>\n<body><main>` +
            `<header><h1>${escapeHtml(title)}</h1><div class="meta">PERF 绩效自评助手 · ${escapeHtml(word("generated", lang))} ${escapeHtml(timestamp())}</div></header>` +
            `<section class="cards">${cards}</section>` +
            `<section class="charts"><div class="panel"><h3>${escapeHtml(word("totals", lang))}</h3>${totalsHistogram(bins, noTotal, lang)}</div>` +
            `<div class="panel"><h3>${escapeHtml(word("byRule", lang))}</h3>${ruleChart(byRule, lang)}</div></section>\n` +
            `<h2>${escapeHtml(word("formsSheet", lang))}</h2><div class="table-wrap"><table id="forms">${formsHead(lang)}<tbody>\n`,
        );
        await copyInto(formsPart, out);
        await put(
          `</tbody></table></div>\n<h2>${escapeHtml(word("findingsSheet", lang))}</h2>` +
            (findingCount === 0
              ? `<p class="muted">${escapeHtml(word("none", lang))}</p><table id="findings" hidden>`
              : '<div class="table-wrap"><table id="findings">') +
            `<thead><tr>${FINDING_COLUMNS.map((c) => `<th>${escapeHtml(findingColumnLabel(c, lang))}</th>`).join("")}</tr></thead><tbody>\n`,
        );
        await copyInto(findingsPart, out);
        await put(
          `</tbody></table>${findingCount === 0 ? "" : "</div>"}\n<footer>PERF 绩效自评助手 · perf-check</footer></main></body></html>\n`,
        );
        out.end();
        await once(out, "finish");
        await fs.rename(staging, file);
      } finally {
        rmSync(temp, { recursive: true, force: true });
        await fs.rm(staging, { force: true });
      }
    },
  };
}

// Two header rows: each figure over its 填报值 / 复算值 pair, every other column spanning both rows; the words
// are the same as the .xlsx report's single row (formColumnLabel) and the CLI's figures table.
function formsHead(lang: Lang): string {
  const top: string[] = [];
  const sub: string[] = [];
  for (const column of FORM_COLUMNS) {
    if (!column.includes(":")) {
      top.push(
        `<th rowspan="2"${column === "error" || column === "warning" || column === "info" ? ' class="num"' : ""}>${escapeHtml(formColumnLabel(column, lang))}</th>`,
      );
      continue;
    }
    const [figure, side] = column.split(":") as [keyof typeof FIGURE_NAMES, keyof typeof FIGURE_COLUMNS];
    if (side === "entered") top.push(`<th colspan="2" class="group">${escapeHtml(FIGURE_NAMES[figure][lang])}</th>`);
    sub.push(`<th class="num sub">${escapeHtml(FIGURE_COLUMNS[side][lang])}</th>`);
  }
  return `<thead><tr>${top.join("")}</tr><tr>${sub.join("")}</tr></thead>`;
}

// Appends a part file to the page without ending the page's stream.
async function copyInto(part: string, out: WriteStream): Promise<void> {
  await pipeline(createReadStream(part), out, { end: false });
}

function timestamp(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
