import { createRequire } from "node:module";
import { afterEach, describe, expect, it } from "vitest";

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string; type: string; optional?: boolean }[];
  }[];
}
interface ConfigModule {
  (
    env: Record<string, unknown>,
    argv: Record<string, unknown>,
  ): {
    plugins: { constructor: { name: string }; userOptions?: { templateParameters?: { officeJsUrl?: string }; chunks?: string[] } }[];
    devServer: { server: unknown; port: number; host: string };
    output: { publicPath: string };
  };
  localizeMetadata(metadata: Metadata, table: unknown): Metadata;
  resolveBaseUrl(raw: string | undefined): string | null;
  rebaseUrls(text: string, baseUrl: string | null): string;
}

const load = createRequire(import.meta.url);
const config = load("../../webpack.config.js") as ConfigModule;

const ENV_KEYS = ["ADDIN_BASE_URL", "LOCAL_OFFICE_JS", "OFFICE_JS_URL"] as const;
const saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
afterEach(() => {
  for (const k of ENV_KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

function build(env: Partial<Record<(typeof ENV_KEYS)[number], string>>, mode = "production") {
  for (const k of ENV_KEYS) delete process.env[k];
  Object.assign(process.env, env);
  return config({ WEBPACK_BUILD: true }, { mode });
}

const htmlOptions = (c: ReturnType<ConfigModule>) => c.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin")!.userOptions!;

describe("ADDIN_BASE_URL", () => {
  it("normalises an https base URL to end in a slash", () => {
    expect(config.resolveBaseUrl("https://perf.example.gov.cn/addin")).toBe("https://perf.example.gov.cn/addin/");
    expect(config.resolveBaseUrl(" https://10.1.2.3:8443/ ")).toBe("https://10.1.2.3:8443/");
    expect(config.resolveBaseUrl(undefined)).toBeNull();
    expect(config.resolveBaseUrl("")).toBeNull();
  });

  it("refuses http, a query, or something that is not a URL", () => {
    expect(() => config.resolveBaseUrl("http://perf.example.gov.cn/")).toThrow(/must use https/);
    expect(() => config.resolveBaseUrl("https://perf.example.gov.cn/?v=1")).toThrow(/query or fragment/);
    expect(() => config.resolveBaseUrl("perf.example.gov.cn")).toThrow(/not a valid URL/);
  });

  it("stops the build before anything runs when the URL is not https", () => {
    expect(() => build({ ADDIN_BASE_URL: "http://intranet/perf/" })).toThrow(/must use https/);
  });

  it("replaces every localhost URL, not just the first", () => {
    const text = '<a x="https://localhost:3000/a.html"/><b y="https://localhost:3000/b/c.png"/>';
    expect(config.rebaseUrls(text, "https://h/p/")).toBe('<a x="https://h/p/a.html"/><b y="https://h/p/b/c.png"/>');
    expect(config.rebaseUrls(text, null)).toBe(text);
  });
});

describe("the page", () => {
  it("loads office.js from Microsoft's CDN by default", () => {
    expect(htmlOptions(build({})).templateParameters!.officeJsUrl).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });

  it("loads office-js/office.js, relative to the page, with LOCAL_OFFICE_JS=1", () => {
    expect(htmlOptions(build({ LOCAL_OFFICE_JS: "1" })).templateParameters!.officeJsUrl).toBe("office-js/office.js");
  });

  it("refuses a deployable build that would load a local office.js", () => {
    expect(() => build({ LOCAL_OFFICE_JS: "1", ADDIN_BASE_URL: "https://h/" })).toThrow(/offline tests/);
    expect(() => build({ LOCAL_OFFICE_JS: "1", OFFICE_JS_URL: "https://h/office.js" })).toThrow(/offline tests/);
  });

  it("loads office.js from an https mirror given as OFFICE_JS_URL, and refuses http", () => {
    const c = build({ ADDIN_BASE_URL: "https://h/perf/", OFFICE_JS_URL: "https://h/office-js/office.js" });
    expect(htmlOptions(c).templateParameters!.officeJsUrl).toBe("https://h/office-js/office.js");
    expect(() => build({ OFFICE_JS_URL: "http://h/office.js" })).toThrow(/OFFICE_JS_URL must use https/);
  });

  it("puts the functions chunk before the task pane and keeps URLs relative", () => {
    const c = build({});
    expect(htmlOptions(c).chunks).toEqual(["functions", "taskpane"]);
    expect(c.output.publicPath).toBe("");
  });

  it("never reads the dev certificates outside `webpack serve`", () => {
    const c = build({}, "development");
    expect(c.devServer.server).toBe("http");
    expect(c.devServer.host).toBe("localhost");
    expect(c.devServer.port).toBe(3000);
  });
});

describe("localizeMetadata", () => {
  const metadata: Metadata = {
    functions: [{ id: "GRADE", name: "GRADE", description: "d", parameters: [{ name: "total", description: "t", type: "any" }] }],
  };
  const table = { GRADE: { name: "等级", description: "评定等级", parameters: { total: { name: "总分", description: "自评总分" } } } };

  it("renames the function and its parameters and keeps id and type", () => {
    expect(config.localizeMetadata(metadata, table)).toEqual({
      functions: [
        { id: "GRADE", name: "等级", description: "评定等级", parameters: [{ name: "总分", description: "自评总分", type: "any" }] },
      ],
    });
  });

  it("fails when a function, a parameter or a table entry does not line up", () => {
    expect(() => config.localizeMetadata(metadata, {})).toThrow(/no Chinese entry for function GRADE/);
    expect(() => config.localizeMetadata(metadata, { ...table, SCORE: table.GRADE })).toThrow(/unknown function ids: SCORE/);
    expect(() => config.localizeMetadata(metadata, { GRADE: { ...table.GRADE, parameters: {} } })).toThrow(/GRADE\.total/);
    expect(() =>
      config.localizeMetadata(metadata, {
        GRADE: { ...table.GRADE, parameters: { ...table.GRADE.parameters, extra: { name: "x", description: "x" } } },
      }),
    ).toThrow(/has no parameters extra/);
  });

  it("refuses names Excel would reject or that repeat", () => {
    expect(() => config.localizeMetadata(metadata, { GRADE: { ...table.GRADE, name: "1等级" } })).toThrow(
      /not a valid Excel function name/,
    );
    expect(() => config.localizeMetadata(metadata, { GRADE: { ...table.GRADE, name: "等 级" } })).toThrow(
      /not a valid Excel function name/,
    );
    const two: Metadata = { functions: [metadata.functions[0], { ...metadata.functions[0], id: "GRADE2" }] };
    expect(() => config.localizeMetadata(two, { GRADE: table.GRADE, GRADE2: table.GRADE })).toThrow(/used twice/);
  });
});
