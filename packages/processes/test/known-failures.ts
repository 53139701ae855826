/**
 * Official cases the engine does not pass yet, by `process#index`, each with the reason. They run as
 * expected failures: fixing one makes its test fail until it is taken off this list. The README lists them.
 */
export const KNOWN_FAILURES: Readonly<Record<string, string>> = {};
