import { readFileSync } from "node:fs";

/** The JSON of a file; `fail(why)` makes the error for one that cannot be read or is not JSON, `why` one line. */
export function readJsonFile(path: string, fail: (why: string, cause: unknown) => never): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const what = error instanceof SyntaxError ? "is not JSON" : "cannot be read";
    return fail(`${path} ${what} (${(error as Error).message.replace(/\s+/g, " ").trim()})`, error);
  }
}
