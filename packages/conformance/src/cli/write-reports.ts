import { writeFileSync } from "node:fs";
import type { FileReport } from "../internal/cli-args.js";
import { toHtml } from "../reporters/html-reporter.js";
import { toJson } from "../reporters/json-reporter.js";
import { toJUnit } from "../reporters/junit-reporter.js";
import type { ConformanceResult } from "../types.js";

const RENDER: Record<FileReport["name"], (result: ConformanceResult) => string> = {
  json: toJson,
  junit: toJUnit,
  html: toHtml,
};

/**
 * Renders `result` into every requested report: its file, or `write` (stdout) for the one without a file. With
 * `announce`, each file written is named through `write`.
 */
export function writeReports(
  reports: readonly FileReport[],
  result: ConformanceResult,
  write: (text: string) => void,
  announce: boolean,
): void {
  for (const report of reports) {
    const text = RENDER[report.name](result);
    if (report.file === undefined) write(text);
    else {
      writeFileSync(report.file, text);
      if (announce) write(`${report.name} report written to ${report.file}\n`);
    }
  }
}
