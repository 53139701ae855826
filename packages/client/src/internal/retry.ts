import type { RetryOptions } from "../retry-options.js";

export type { RetryOptions };

export const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
export const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

export function resolveRetry(options: RetryOptions | false | undefined): Required<RetryOptions> {
  if (options === false) return { retries: 0, minDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 };
  return {
    retries: options?.retries ?? 3,
    minDelayMs: options?.minDelayMs ?? 250,
    maxDelayMs: options?.maxDelayMs ?? 10_000,
    maxRetryAfterMs: options?.maxRetryAfterMs ?? 60_000,
  };
}

/** Exponential backoff with "equal jitter": half fixed, half random, never above `maxDelayMs`. */
export function backoffDelay(attempt: number, policy: Required<RetryOptions>, random = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** attempt);
  return ceiling / 2 + random() * (ceiling / 2);
}

/** Parses `Retry-After` (delta seconds or an HTTP date) into ms; `undefined` when absent or invalid. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
