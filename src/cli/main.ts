// perf-check's command line: parses arguments, runs the batch, prints the table or JSON, and
// returns the exit status (0 clean, 1 error findings, 2 unreadable file or bad arguments).
import { Command, CommanderError } from "commander";
import type { Lang } from "../model";
import { DEFAULT_LIMITS } from "./limits";
import { msg } from "./messages";
import { createProgress, type ProgressStream } from "./progress";

/** The batch and its printers, loaded on demand (see runner.ts). */
export type Runner = typeof import("./runner");

/** Where the command writes; tests pass their own. */
export interface CliStreams {
  /** A real stream (process.stdout) is wrapped so a reader that goes away (EPIPE) ends the report quietly. */
  stdout: { write(text: string): unknown; on?: unknown };
  stderr: ProgressStream;
}

/** The exit status of a run stopped by Ctrl-C or SIGTERM, as shells report a SIGINT. */
export const INTERRUPTED_EXIT = 130;

// --jobs beyond this is surely a typo; each worker holds up to a heap ceiling of memory.
const MAX_JOBS = 64;

interface RawOptions {
  json?: boolean;
  lang?: string;
  fix?: boolean;
  out?: string;
  overwrite?: boolean;
  jobs?: string;
  timeout?: string;
  report?: string;
  html?: string;
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
  // Loaded only now: the batch and its printers are most of the start-up time, and help or a
  // usage error should not wait for them.
  const runner = await loadRunner();
  const progress = createProgress(streams.stderr, lang);
  const out = typeof streams.stdout.on === "function" ? runner.createOutput(streams.stdout as NodeJS.WritableStream) : null;
  const write = (text: string) => (out ? out.write(text) : streams.stdout.write(text));
  const report = options.json ? runner.jsonStream({ write }) : runner.tableStream({ write }, lang);
  // The reviewer's summaries (--report, --html) are fed each result as it comes, in input order.
  const review = options.report || options.html ? await runner.loadReview() : null;
  const reviews = [
    ...(review && options.report ? [review.createXlsxReport(options.report, lang)] : []),
    ...(review && options.html ? [review.createHtmlReport(options.html, lang)] : []),
  ];
  let received = runner.summarize([]);
  const controller = new AbortController();
  let signalName = "";
  const stop = (signal: NodeJS.Signals) => {
    signalName = signal;
    controller.abort();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    const end = await runner.streamBatch(
      program.args,
      {
        lang,
        outDir: options.fix ? options.out : undefined,
        overwrite: options.overwrite === true,
        jobs: options.jobs === undefined ? undefined : Number(options.jobs),
        limits: options.timeout === undefined ? undefined : { timeoutMs: Number(options.timeout) * 1000 },
        onProgress: progress.update,
        signal: controller.signal,
      },
      {
        async file(result, note) {
          // The bar is erased before a block is printed, and redrawn by the next update.
          progress.finish();
          report.file(result, note);
          received = runner.addCounts(received, runner.summarize([result]));
          for (const review of reviews) await review.add(result);
        },
      },
    );
    progress.finish();
    report.end(end.skipped, end.summary, end.exitCode);
    for (const review of reviews) await review.finish(end.summary);
    await out?.end();
    // A reader that left (EPIPE) is no failure; a report that could not be written (a full disk
    // behind a redirect) is: the caller must not take a cut report for a clean one.
    const failure = out?.failure?.() ?? null;
    if (failure !== null) {
      streams.stderr.write(`perf-check: ${failure.message}\n`);
      return 2;
    }
    return end.exitCode;
  } catch (error) {
    progress.finish();
    if (error instanceof runner.BatchInterrupted) {
      // The summaries are closed over what was checked, so they are whole files, not cut ones.
      for (const review of reviews) await review.finish(received);
      const removed = runner.removeTemporaries();
      streams.stderr.write(`\n${msg(lang, "interrupted", { done: error.copies.length, removed: removed.length, signal: signalName })}\n`);
      for (const copy of error.copies) streams.stderr.write(`${msg(lang, "interruptedCopy", { out: copy })}\n`);
      await out?.end();
      return INTERRUPTED_EXIT;
    }
    if (!(error instanceof runner.UsageError)) throw error;
    streams.stderr.write(`${error.message}\n`);
    return 2;
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
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
  if (options.jobs !== undefined) {
    const jobs = Number(options.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) return msg(lang, "errBadJobs", { value: options.jobs, max: MAX_JOBS });
  }
  if (options.timeout !== undefined) {
    const seconds = Number(options.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0) return msg(lang, "errBadTimeout", { value: options.timeout });
  }
  return null;
}

// Help has to be built before parsing, so its language comes from a quick look at the raw arguments.
function langFromArgv(argv: string[]): Lang {
  const i = argv.indexOf("--lang");
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice("--lang=".length);
  return value === "en" ? "en" : "zh";
}

function buildProgram(lang: Lang, streams: CliStreams): Command {
  return (
    new Command("perf-check")
      .description(msg(lang, "cliDescription"))
      .argument("[paths...]", msg(lang, "argPaths"))
      .option("--json", msg(lang, "optJson"))
      // No commander default: the help text already says zh is the default, in the reader's language.
      .option("--lang <lang>", msg(lang, "optLang"))
      .option("--fix", msg(lang, "optFix"))
      .option("--out <dir>", msg(lang, "optOut"))
      .option("--overwrite", msg(lang, "optOverwrite"))
      .option("--report <file>", msg(lang, "optReport"))
      .option("--html <file>", msg(lang, "optHtml"))
      .option("--jobs <n>", msg(lang, "optJobs"))
      .option("--timeout <seconds>", msg(lang, "optTimeout", { seconds: DEFAULT_LIMITS.timeoutMs / 1000 }))
      .helpOption("-h, --help", msg(lang, "optHelp"))
      .configureOutput({
        writeOut: (text) => streams.stdout.write(text),
        writeErr: (text) => streams.stderr.write(text),
      })
      .exitOverride()
  );
}
