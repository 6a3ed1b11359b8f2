// A one-line progress bar on stderr for batches, drawn only on a terminal so logs and pipes stay clean.
import type { Lang } from "../model";
import { msg } from "./messages";
import { displayWidth, truncateDisplay } from "./text-width";

/** The part of a stream the bar needs; process.stderr fits. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  /** Redraws the bar after a file is done. */
  update(done: number, total: number, file: string): void;
  /** Erases the bar so the report that follows starts on a clean line. */
  finish(): void;
}

const BAR_WIDTH = 20;

/** A progress bar for the stream, or one that draws nothing when the stream is not a terminal or the batch is a single file. */
export function createProgress(stream: ProgressStream, lang: Lang): Progress {
  let drawn = false;
  // A terminal that reports no size (columns 0 or missing) gets the classic 80.
  const width = () => Math.max(40, (stream.columns || 80) - 1);
  return {
    update(done, total, file) {
      if (!stream.isTTY || total < 2) return;
      stream.write(`\r${progressLine(done, total, file, width(), lang)}\x1b[K`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write("\r\x1b[K");
      drawn = false;
    },
  };
}

/** The bar's text for done of total files, the current file's name cut to fit the width. */
export function progressLine(done: number, total: number, file: string, width: number, lang: Lang): string {
  const filled = total > 0 ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH;
  const head = `${msg(lang, "progressLabel")} [${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${done}/${total} `;
  return head + truncateDisplay(file, Math.max(1, width - displayWidth(head)));
}
