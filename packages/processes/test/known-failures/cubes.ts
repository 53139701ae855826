/** Official cases of the cubes processes the engine does not pass yet, by `process#index`, with the reason. */
export const cubesKnownFailures: Readonly<Record<string, string>> = {};
