import type { ConformanceResult } from "../types.js";

/**
 * The whole result as JSON (stable field names, two-space indentation).
 *
 * @example
 * writeFileSync("conformance.json", toJson(await runConformance({ url })));
 */
export function toJson(result: ConformanceResult): string {
  return `${JSON.stringify({ tool: "jobkit-conformance", ...result }, null, 2)}\n`;
}
