// perf-check's command line: parses arguments, runs the batch, prints the table or JSON, and
// returns the exit status (0 clean, 1 error findings, 2 unreadable file or bad arguments).
import { Command, CommanderError } from "commander";
import type { Lang } from "../model";
import { msg } from "./messages";
import { createProgress, type ProgressStream } from "./progress";

/** The batch and its printers, loaded on demand (see runner.ts). */
export type Runner = typeof import("./runner");

/** Where the command writes; tests pass their own. */
export interface CliStreams {
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
}

interface RawOptions {
  json?: boolean;
  lang?: string;
  fix?: boolean;
  out?: string;
}

/**
 * Runs perf-check on the arguments (without "node" and the script) and resolves to the exit status;
 * loadRunner supplies the heavy modules once the arguments are known to be good.
 */
export async function main(
  argv: string[],
  streams: CliStreams = process,
  loadRunner: () => Runner | Promise<Runner> = () => import("./runner"),
): Promise<number> {
  const program = buildProgram(langFromArgv(argv), streams);
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const options = program.opts<RawOptions>();
  const lang: Lang = options.lang === "en" ? "en" : "zh";
  const problem = optionProblem(options, program.args, lang);
  if (problem !== null) {
    streams.stderr.write(`${problem}\n`);
    return 2;
  }
  // Loaded only now: ExcelJS and the engine are most of the start-up time, and help or a usage
  // error should not wait for them.
  const { UsageError, runBatch, formatJson, formatTable } = await loadRunner();
  const progress = createProgress(streams.stderr, lang);
  try {
    const outDir = options.fix ? options.out : undefined;
    const { result, exitCode } = await runBatch(program.args, { lang, outDir, onProgress: progress.update });
    progress.finish();
    streams.stdout.write(options.json ? formatJson(result, exitCode) : formatTable(result, lang));
    return exitCode;
  } catch (error) {
    progress.finish();
    if (!(error instanceof UsageError)) throw error;
    streams.stderr.write(`${error.message}\n`);
    return 2;
  }
}

/** The first problem with the parsed options, as a message in the chosen language, or null when they are usable. */
export function optionProblem(options: RawOptions, paths: string[], lang: Lang): string | null {
  if (options.lang !== undefined && options.lang !== "zh" && options.lang !== "en") {
    return msg(lang, "errBadLang", { value: options.lang });
  }
  if (paths.length === 0) return msg(lang, "errNoPaths");
  if (options.fix && !options.out) return msg(lang, "errFixNeedsOut");
  if (!options.fix && options.out) return msg(lang, "errOutNeedsFix");
  return null;
}

// Help has to be built before parsing, so its language comes from a quick look at the raw arguments.
function langFromArgv(argv: string[]): Lang {
  const i = argv.indexOf("--lang");
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice("--lang=".length);
  return value === "en" ? "en" : "zh";
}

function buildProgram(lang: Lang, streams: CliStreams): Command {
  return new Command("perf-check")
    .description(msg(lang, "cliDescription"))
    .argument("[paths...]", msg(lang, "argPaths"))
    .option("--json", msg(lang, "optJson"))
    // No commander default: the help text already says zh is the default, in the reader's language.
    .option("--lang <lang>", msg(lang, "optLang"))
    .option("--fix", msg(lang, "optFix"))
    .option("--out <dir>", msg(lang, "optOut"))
    .helpOption("-h, --help", msg(lang, "optHelp"))
    .configureOutput({
      writeOut: (text) => streams.stdout.write(text),
      writeErr: (text) => streams.stderr.write(text),
    })
    .exitOverride();
}
