/** Official cases of the scalar processes the engine does not pass yet, by `process#index`, with the reason. */
export const scalarKnownFailures: Readonly<Record<string, string>> = {};
