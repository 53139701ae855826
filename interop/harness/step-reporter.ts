/** One HTTP exchange as a failed step reports it. */
export interface Exchange {
  method: string;
  url: string;
  /** HTTP status, or undefined when no response arrived (e.g. connection refused). */
  status?: number;
  /** A short rendering of the response body (or of the network error). */
  body: string;
}

/** Thrown by a step whose prerequisite (an earlier step's product) is missing. */
export class StepSkipped extends Error {
  readonly code = "STEP_SKIPPED";
  constructor(message: string) {
    super(message);
    this.name = "StepSkipped";
  }
}

export interface StepReporter {
  /** Remember an exchange; a failing step reports the last one it made. */
  record(exchange: Exchange): void;
  /** Run one step and print `✓ name` or `✗ name: request → response` plus the error. */
  step(name: string, action: () => Promise<void>): Promise<void>;
  /** Print and return the closing `N passed, N failed` line. */
  finish(): { passed: number; failed: number };
}

/** Longest body text shown for a failed step. */
export const BODY_PREVIEW = 300;

/** Renders a body (parsed JSON, text, bytes or a stream) in at most BODY_PREVIEW characters. */
export function previewBody(data: unknown, contentType?: string): string {
  let text: string;
  if (data === undefined || data === null || data === "") text = "<empty body>";
  else if (typeof data === "string") text = data.replace(/\s+/g, " ");
  else if (data instanceof Uint8Array) text = `<${data.byteLength} bytes ${contentType ?? ""}>`.trim();
  else if (typeof (data as { pipe?: unknown }).pipe === "function") text = `<stream ${contentType ?? ""}>`;
  else text = JSON.stringify(data);
  return text.length > BODY_PREVIEW ? `${text.slice(0, BODY_PREVIEW)}…` : text;
}

/** Headers too common to help explain a failure. */
const BORING_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "vary"]);

/** Renders response headers as `name: value; ...` (used when an empty body explains nothing). */
export function previewHeaders(headers: Record<string, unknown>): string {
  const shown = Object.entries(headers)
    .filter(([name]) => !BORING_HEADERS.has(name.toLowerCase()) && !/^access-control-/i.test(name))
    .map(([name, value]) => `${name.toLowerCase()}: ${String(value)}`);
  return `[${shown.join("; ")}]`;
}

/** Formats an exchange as `METHOD url → status body`. */
export function formatExchange(exchange: Exchange | undefined): string {
  if (!exchange) return "(no HTTP request) → (no response)";
  const status = exchange.status === undefined ? "no response" : String(exchange.status);
  return `${exchange.method.toUpperCase()} ${exchange.url} → ${status} ${exchange.body}`;
}

/**
 * Creates the step runner of an interop flow: one line per step, a failure names the step, its last
 * request and response, and the error.
 *
 * @example
 * const reporter = createStepReporter();
 * await reporter.step("connect", async () => { ... });
 * process.exitCode = reporter.finish().failed ? 1 : 0;
 */
export function createStepReporter(
  write: (line: string) => void = (line) => console.log(line),
): StepReporter {
  const exchanges: Exchange[] = [];
  let passed = 0;
  let failed = 0;
  return {
    record(exchange) {
      exchanges.push(exchange);
    },
    async step(name, action) {
      const mark = exchanges.length;
      try {
        await action();
        passed += 1;
        write(`✓ ${name}`);
      } catch (error) {
        failed += 1;
        if (error instanceof StepSkipped) {
          write(`✗ ${name}: ${error.message}`);
          return;
        }
        const last = exchanges.length > mark ? exchanges[exchanges.length - 1] : undefined;
        write(`✗ ${name}: ${formatExchange(last)}`);
        const err = error instanceof Error ? error : new Error(String(error));
        const code = (err as { code?: unknown }).code;
        write(`    ${err.name}${typeof code === "string" && code ? ` [${code}]` : ""}: ${err.message}`);
      }
    },
    finish() {
      write(`${passed} passed, ${failed} failed`);
      return { passed, failed };
    },
  };
}
