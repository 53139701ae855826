/** How transient failures of idempotent requests are retried. */
export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** Base of the exponential backoff in ms (default 250). */
  minDelayMs?: number;
  /** Upper bound of one backoff delay in ms (default 10 000). */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this (ms) is not waited for; the error is raised (default 60 000). */
  maxRetryAfterMs?: number;
}
