/** The CLI flags of the mock's demo user alice against `url`, polling every 10 ms. */
export const alice = (url: string): string[] => [
  "--url",
  url,
  "--user",
  "alice",
  "--password",
  "alice123",
  "--poll-interval",
  "0.01",
];

/** {@link alice} with the mock's second user (bob) and its user without credit (broke). */
export const everyone = (url: string): string[] => [
  ...alice(url),
  "--second-user",
  "bob:bob123",
  "--payment-user",
  "broke:broke123",
];
