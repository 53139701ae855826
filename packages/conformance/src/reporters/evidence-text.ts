import type { Evidence } from "../types.js";

/** The evidence of a check as plain text (requests and answers). */
export function evidenceText(evidence: readonly Evidence[]): string {
  return evidence
    .map((item) => {
      const lines = [`> ${item.method} ${item.url}`];
      if (item.requestBody) lines.push(`> ${item.requestBody}`);
      if (item.status === undefined) lines.push(`< no answer: ${item.problem}`);
      else {
        lines.push(`< ${item.status} (${item.durationMs} ms, ${item.bodyBytes} bytes)`);
        for (const [name, value] of Object.entries(item.responseHeaders)) lines.push(`< ${name}: ${value}`);
        if (item.bodyExcerpt) lines.push(`< ${item.bodyExcerpt}`);
        if (item.problem) lines.push(`! ${item.problem}`);
      }
      return lines.join("\n");
    })
    .join("\n\n");
}
