import { createRequire } from "node:module";

/** This package's version, read from its package.json at run time (from src/cli and dist/cli alike). */
export function packageVersion(): string {
  return (createRequire(import.meta.url)("../../package.json") as { version: string }).version;
}
