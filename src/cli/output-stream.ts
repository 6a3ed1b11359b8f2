// The report's way to stdout. A reader that stops reading (`perf-check dir | head`, a closed pager)
// is not a failure of the check: the first EPIPE closes the output quietly, later writes do nothing,
// and the exit code stays the one the findings call for. Without an "error" listener Node would
// throw the EPIPE as an uncaught exception: a stack trace and exit 1, the code for "errors found".

/** A write-only view of a stream that never throws and never emits. */
export interface Output {
  /** Writes text; false once the reader has gone (or while the stream wants a drain), as Writable.write. */
  write(text: string): boolean;
  /** True once the reader has gone or the stream failed: writes are no-ops from then on. */
  closed(): boolean;
  /** Resolves when everything written so far is flushed (or the stream is closed); never rejects. */
  end(): Promise<void>;
  /** The error that closed the stream when it was not the reader leaving (EPIPE), e.g. ENOSPC on a redirect; else null. */
  failure(): NodeJS.ErrnoException | null;
}

// The reader went away: EPIPE on POSIX, EOF on some Windows pipes, or the stream already destroyed.
const READER_GONE = new Set(["EPIPE", "EOF", "ECONNRESET", "ERR_STREAM_DESTROYED", "ERR_STREAM_WRITE_AFTER_END"]);

/** Wraps a writable stream (process.stdout) so a closed reader ends the output quietly. */
export function createOutput(stream: NodeJS.WritableStream): Output {
  let isClosed = false;
  let failure: NodeJS.ErrnoException | null = null;
  const close = (error: unknown) => {
    isClosed = true;
    const err = error as NodeJS.ErrnoException | null;
    if (err && failure === null && !READER_GONE.has(err.code ?? "")) failure = err;
  };
  // Kept for the stream's whole life: an EPIPE can arrive after any write, even after end().
  stream.on("error", close);
  return {
    write(text) {
      if (isClosed) return false;
      try {
        return stream.write(text);
      } catch (error) {
        close(error);
        return false;
      }
    },
    closed: () => isClosed,
    failure: () => failure,
    end() {
      return new Promise<void>((resolve) => {
        if (isClosed) {
          resolve();
          return;
        }
        const done = () => {
          stream.off("error", resolveOnError);
          resolve();
        };
        const resolveOnError = () => done();
        stream.once("error", resolveOnError);
        try {
          // process.stdout and process.stderr cannot be ended; an empty write's callback comes after
          // every earlier write is flushed.
          if (stream === process.stdout || stream === process.stderr) stream.write("", () => done());
          else stream.end(() => done());
        } catch (error) {
          close(error);
          done();
        }
      });
    },
  };
}
