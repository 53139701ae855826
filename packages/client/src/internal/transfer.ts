import { JobkitClientError } from "../errors.js";
import type { ResultAsset } from "../result-asset.js";
import type { TransferProgress } from "../transfer-progress.js";
import type { Http } from "./http.js";
import { backoffDelay } from "./retry.js";

/** Where the bytes of a transfer go; `reset` starts over when the server cannot resume. */
export interface TransferSink {
  write(chunk: Uint8Array): void | Promise<void>;
  reset(): void | Promise<void>;
}

export type { TransferProgress };

/** Options of a transfer: abort it, watch its bytes. */
export interface TransferOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: TransferProgress) => void) | undefined;
}

/** The most bytes a transfer takes, and the error it fails with when the body brings more. */
export interface TransferLimit {
  bytes: number;
  exceeded: () => JobkitClientError;
}

/**
 * Streams an asset into `sink`. A body that breaks off, stalls longer than the connection's timeout, or
 * ends before its announced length is resumed with `Range` (guarded by `If-Range` when the server sent
 * an ETag) or, when the server answers the range with a full 200, restarted. With a `limit`, the first chunk
 * that would take the total past it is not written: the body is cancelled (closing the connection) and
 * `limit.exceeded()` raised, without retrying. Returns the number of bytes written.
 */
export async function transfer(
  http: Http,
  asset: ResultAsset,
  sink: TransferSink,
  options: TransferOptions = {},
  limit?: TransferLimit,
): Promise<number> {
  const { signal, onProgress } = options;
  const policy = http.config.retry;
  let received = 0;
  let etag: string | null = null;
  for (let attempt = 0; ; attempt++) {
    const headers: Record<string, string> = {};
    if (received > 0) {
      headers.Range = `bytes=${received}-`;
      if (etag) headers["If-Range"] = etag;
    }
    const response = await asset.response({ signal, headers });
    if (response.status === 206 && rangeStart(response) !== received) {
      // a part from anywhere but where the file stops would splice wrong bytes in: start over from byte 0
      await response.body?.cancel().catch(() => {});
      await sink.reset();
      received = 0;
      etag = null;
      if (attempt >= policy.retries) {
        throw new JobkitClientError(
          "DownloadIncomplete",
          `asset "${asset.name}": the server answered Range with bytes from ${rangeStart(response) ?? "an unnamed offset"}, ${attempt + 1} attempts`,
        );
      }
      continue;
    }
    if (received > 0 && response.status !== 206) {
      await sink.reset();
      received = 0;
    }
    // a full answer starts over, possibly with a new version of the file: resume against its tag
    if (response.status !== 206) etag = response.headers.get("ETag");
    const total = announcedTotal(response, received);
    onProgress?.({ received, total });
    let failure: unknown;
    const reader = response.body?.getReader();
    const onAbort = () => reader?.cancel(signal?.reason).catch(() => {});
    signal?.addEventListener("abort", onAbort, { once: true });
    // a body that stalls longer than the timeout is cancelled, then resumed like a broken one
    let lastChunk = Date.now();
    const idleMs = http.config.timeoutMs;
    const watchdog =
      idleMs > 0
        ? setInterval(
            () => {
              if (Date.now() - lastChunk <= idleMs) return;
              failure ??= new JobkitClientError("Timeout", `no data for ${idleMs} ms`);
              reader?.cancel(failure).catch(() => {});
            },
            Math.max(1, idleMs / 4),
          )
        : undefined;
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array> | undefined;
        try {
          chunk = await reader?.read();
        } catch (error) {
          failure = error;
          break;
        }
        if (!chunk || chunk.done) break;
        if (limit && received + chunk.value.byteLength > limit.bytes) throw limit.exceeded();
        lastChunk = Date.now();
        await sink.write(chunk.value);
        received += chunk.value.byteLength;
        onProgress?.({ received, total });
      }
    } finally {
      clearInterval(watchdog);
      signal?.removeEventListener("abort", onAbort);
      // after a limit or a failed write, the rest of the body is not wanted: drop the connection
      await reader?.cancel().catch(() => {});
    }
    if (signal?.aborted) throw signal.reason;
    if (failure === undefined && (total === undefined || received >= total)) return received;
    if (attempt >= policy.retries) {
      const detail = failure === undefined ? `the body ended` : `reading failed (${String(failure)})`;
      throw new JobkitClientError(
        "DownloadIncomplete",
        `asset "${asset.name}": ${detail} after ${received} of ${total ?? "?"} bytes, ${attempt + 1} attempts`,
        { cause: failure },
      );
    }
    await http.config.waiter.sleep(backoffDelay(attempt, policy), signal);
  }
}

/** The first byte of a 206 answer, from `Content-Range: bytes START-END/TOTAL`. */
function rangeStart(response: Response): number | undefined {
  const start = response.headers.get("Content-Range")?.match(/^bytes (\d+)-/);
  return start?.[1] === undefined ? undefined : Number(start[1]);
}

/** The full size of the resource: from `Content-Range` on a 206, else `Content-Length` (+ the offset). */
function announcedTotal(response: Response, offset: number): number | undefined {
  const range = response.headers.get("Content-Range")?.match(/\/(\d+)\s*$/);
  if (response.status === 206 && range?.[1]) return Number(range[1]);
  const length = response.headers.get("Content-Length");
  return length === null || !/^\d+$/.test(length)
    ? undefined
    : Number(length) + (response.status === 206 ? offset : 0);
}
