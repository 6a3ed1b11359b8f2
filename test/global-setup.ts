// Builds the CLI bundle once before the tests, so tests that spawn bin/perf-check.js run the
// current sources rather than whatever dist-cli/ an earlier `npm ci` left.
// require, not import: the script is plain CommonJS without type declarations (an import would need allowJs).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
const { buildCli } = require("../scripts/build-cli.cjs") as { buildCli: () => Promise<void> };

export default async function setup(): Promise<void> {
  await buildCli();
}
