/** Official cases of the engine processes the engine does not pass yet, by `process#index`, with the reason. */
export const engineKnownFailures: Readonly<Record<string, string>> = {};
