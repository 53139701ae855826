/** Where the bar draws: stderr in the CLI. A TTY gets one redrawn line; anything else gets sparse lines. */
export interface BarStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** What a log line depends on besides the tenth of the percentage; see {@link ProgressBar.update}. */
export interface BarUpdate {
  stage: string;
  force?: boolean;
}

const WIDTH = 24;
const REDRAW_MS = 100;

/**
 * A one-line progress bar. On a terminal it redraws in place (at most every 100 ms); in a log it
 * prints a line each time the percentage crosses a tenth or the stage changes, and a heartbeat line.
 */
export class ProgressBar {
  readonly #stream: BarStream;
  readonly #now: () => number;
  readonly #heartbeatMs: number;
  #lastDraw = Number.NEGATIVE_INFINITY;
  #lastKey = "";
  #drawn = false;

  /** `heartbeatMs`: in a log, repeat the line after this long even when nothing changed (default never). */
  constructor(
    stream: BarStream,
    {
      now = Date.now,
      heartbeatMs = Number.POSITIVE_INFINITY,
    }: { now?: () => number; heartbeatMs?: number } = {},
  ) {
    this.#stream = stream;
    this.#now = now;
    this.#heartbeatMs = heartbeatMs;
  }

  /**
   * Shows `fraction` (0–1, or undefined when unknown) followed by `label`. `stage` is the part of the
   * label whose change is worth a line in a log (a job status, files done), not a counter that moves
   * with every update; `force` draws even when nothing worth a line changed.
   */
  update(fraction: number | undefined, label: string, { stage, force = false }: BarUpdate): void {
    const percent =
      fraction === undefined ? undefined : Math.max(0, Math.min(100, Math.floor(fraction * 100)));
    const line = `${renderBar(percent)} ${percent === undefined ? "  ?" : String(percent).padStart(3)}% ${label}`;
    const now = this.#now();
    if (this.#stream.isTTY) {
      if (!force && now - this.#lastDraw < REDRAW_MS) return;
      this.#lastDraw = now;
      this.#stream.write(`\r${line}\x1b[K`);
      this.#drawn = true;
      return;
    }
    const key = `${percent === undefined ? "?" : Math.floor(percent / 10)}|${stage}`;
    if (!force && key === this.#lastKey && now - this.#lastDraw < this.#heartbeatMs) return;
    this.#lastKey = key;
    this.#lastDraw = now;
    this.#stream.write(`${line}\n`);
  }

  /** Ends the bar's line so that the summary starts on a fresh one. */
  done(): void {
    if (this.#drawn) this.#stream.write("\n");
    this.#drawn = false;
  }
}

function renderBar(percent: number | undefined): string {
  const filled = percent === undefined ? 0 : Math.round((percent / 100) * WIDTH);
  return `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}]`;
}
