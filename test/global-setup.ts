// Builds the CLI bundle once before the tests, so tests that spawn bin/perf-check.js run the
// current sources rather than whatever dist-cli/ an earlier `npm ci` left.
const { buildCli } = require("../scripts/build-cli.cjs") as { buildCli: () => Promise<void> };

export default async function setup(): Promise<void> {
  await buildCli();
}
