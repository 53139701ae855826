/** Official cases of the arrays processes the engine does not pass yet, by `process#index`, with the reason. */
export const arraysKnownFailures: Readonly<Record<string, string>> = {};
