import { redactionWarning, reportable } from "../redaction/reportable.js";
import type { ConformanceResult } from "../types.js";

/**
 * The whole result as JSON (stable field names, two-space indentation), secrets redacted; a result of a run
 * that kept them starts with a `warning`.
 *
 * @example
 * writeFileSync("conformance.json", toJson(await runConformance({ url })));
 */
export function toJson(result: ConformanceResult): string {
  const warning = redactionWarning(result);
  const shown = { tool: "jobkit-conformance", ...(warning ? { warning } : {}), ...reportable(result) };
  return `${JSON.stringify(shown, null, 2)}\n`;
}
