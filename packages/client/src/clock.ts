/**
 * A clock you drive, such as the mock back-end's `mock.clock` in virtual time. Given to `connect`, the
 * client waits on it: a status poll or a retry's backoff advances it by the delay instead of sleeping.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Moves the clock forward by `ms`. */
  advance(ms: number): void;
}
