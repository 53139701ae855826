import { readFileSync } from "node:fs";

/** This package's version, read from its package.json (two folders up from src/cli and dist/cli alike). */
export function packageVersion(): string {
  const file = new URL("../../package.json", import.meta.url);
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}
