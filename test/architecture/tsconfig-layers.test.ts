// Each layer compiles with only the globals of where it runs (tsconfig.model.json, .cli.json, .addin.json), so a
// `document`, `process` or `Office` in the core fails `npm run typecheck` rather than a WPS or Node user. The probe
// below is compiled with each layer's real compiler options as a virtual file in that layer; the expected sets of
// unknown names follow from the configs' lib/types by hand (ES2022 has none of these; DOM has document, console,
// TextDecoder, structuredClone, setTimeout; @types/node has process, Buffer and the same five; Office types the rest).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "./lint";

const PROBE = `export const probes: unknown[] = [
  document.title,
  process.env.HOME,
  Buffer.from("x"),
  console.log,
  new TextDecoder(),
  structuredClone({}),
  setTimeout,
  Office.context,
  Excel.run,
  CustomFunctions.associate,
  [1, 2].at(-1),
  Object.hasOwn({}, "a"),
];
`;

const DOM_OR_NODE = ["console", "TextDecoder", "structuredClone", "setTimeout"];
const OFFICE = ["Office", "Excel", "CustomFunctions"];

function parseConfig(file: string): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(ROOT, file), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  });
  if (!parsed) throw new Error(`cannot read ${file}`);
  return parsed;
}

/** The identifiers TypeScript cannot find when PROBE sits at `at` and is compiled with `config`'s options. */
function unknownNames(config: string, at: string): string[] {
  const options: ts.CompilerOptions = { ...parseConfig(config).options, incremental: false, tsBuildInfoFile: undefined, noEmit: true };
  const fileName = join(ROOT, at);
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    resolve(name) === fileName ? ts.createSourceFile(name, PROBE, language) : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => resolve(name) === fileName || fileExists(name);
  const program = ts.createProgram([fileName], options, host);
  const names = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && resolve(d.file.fileName) === fileName && d.start !== undefined)
    .map((d) => {
      const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      // Anything but "cannot find" would mean the probe itself is wrong: surface it instead of miscounting.
      if (!/Cannot find name|Cannot find namespace/.test(message)) throw new Error(`${config}: unexpected diagnostic: ${message}`);
      return /^\w+/.exec(PROBE.slice(d.start))?.[0] ?? "?";
    });
  return [...new Set(names)].sort();
}

const sorted = (names: string[]) => [...names].sort();

describe("each layer compiles with only its host's globals", () => {
  it("the core (tsconfig.model.json): ECMAScript only, no DOM, Node or Office", () => {
    expect(unknownNames("tsconfig.model.json", "src/model/probe.ts")).toEqual(
      sorted(["document", "process", "Buffer", ...DOM_OR_NODE, ...OFFICE]),
    );
  });

  it("the CLI (tsconfig.cli.json): Node, no DOM or Office", () => {
    expect(unknownNames("tsconfig.cli.json", "src/cli/probe.ts")).toEqual(sorted(["document", ...OFFICE]));
  });

  it("the add-in (tsconfig.addin.json): DOM and Office, no Node", () => {
    expect(unknownNames("tsconfig.addin.json", "src/taskpane/probe.ts")).toEqual(sorted(["process", "Buffer"]));
  });

  it("the WPS add-in (tsconfig.wps.json): DOM and the ET object model, no Node or Office.js", () => {
    // CustomFunctions is known only as a type: evaluate.ts names CustomFunctions.Error, and the WPS bundle swaps
    // to-cf-error.ts for a WPS stand-in (scripts/build-wps.ts), so nothing of it runs in WPS.
    expect(unknownNames("tsconfig.wps.json", "src/hosts/wps/probe.ts")).toEqual(sorted(["process", "Buffer", "Office", "Excel"]));
  });

  it("tests, scripts and bench (tsconfig.json): everything", () => {
    expect(unknownNames("tsconfig.json", "test/probe.ts")).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .sort();
}

describe("the layer configs cover src/ exactly and npm run typecheck runs them all", () => {
  const layers = ["tsconfig.model.json", "tsconfig.cli.json", "tsconfig.addin.json", "tsconfig.wps.json"];
  const filesOf = (config: string) => parseConfig(config).fileNames.map((f) => relative(ROOT, f));

  it("every source file under src/ is in exactly one layer, and each layer holds only its folders", () => {
    const owners = new Map<string, string[]>();
    for (const config of layers) for (const file of filesOf(config)) owners.set(file, [...(owners.get(file) ?? []), config]);
    const unowned = sourceFiles("src").filter((f) => !owners.has(f));
    const shared = [...owners].filter(([, configs]) => configs.length > 1).map(([f]) => f);
    expect({ unowned, shared }).toEqual({ unowned: [], shared: [] });
    expect(filesOf("tsconfig.model.json").every((f) => f.startsWith("src/model/"))).toBe(true);
    expect(filesOf("tsconfig.cli.json").every((f) => f.startsWith("src/cli/"))).toBe(true);
    expect(filesOf("tsconfig.addin.json").every((f) => /^src\/(taskpane|functions)\//.test(f))).toBe(true);
    expect(filesOf("tsconfig.wps.json").every((f) => f.startsWith("src/hosts/wps/"))).toBe(true);
  });

  it("the typecheck script compiles every tsconfig in the repository root", () => {
    const script: string = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.typecheck;
    const configs = readdirSync(ROOT).filter((f) => /^tsconfig.*\.json$/.test(f));
    expect(configs.sort()).toEqual([...layers, "tsconfig.json"].sort());
    for (const config of configs) expect(script).toMatch(new RegExp(`tsc -p ${config.replace(/\./g, "\\.")}(\\s|$)`));
  });
});
