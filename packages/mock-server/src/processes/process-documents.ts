import type { ProcessEntry } from "@jobkit/processes";
import type { Schema } from "../internal/api-types.js";

type ProcessSummary = Schema<"process_list">["processes"][number];

function parameterDescription(name: string, entry: ProcessEntry): string {
  return `The ${name.replace(/_/g, " ")} of ${entry.id}; the official documentation says more.`;
}

/** One process as `GET /processes` lists it: the official facts, our summary, a link to the official page. */
export function processDocument(entry: ProcessEntry): ProcessSummary {
  const { definition } = entry;
  return {
    id: entry.id,
    summary: entry.summary,
    description: `${entry.summary} ${entry.fidelity === "shape-only" ? "The mock returns data of the right shape only, and says so in the log. " : ""}See ${entry.documentation}.`,
    categories: [...definition.categories],
    parameters: definition.parameters.map((parameter) => ({
      ...parameter,
      description: parameterDescription(parameter.name, entry),
    })) as ProcessSummary["parameters"],
    returns: {
      description: `What ${entry.id} returns.`,
      schema: definition.returns.schema as Record<string, unknown>,
    },
    ...(definition.experimental ? { experimental: true } : {}),
    ...(definition.deprecated ? { deprecated: true } : {}),
    ...(Object.keys(definition.exceptions).length > 0 ? { exceptions: exceptionsOf(entry) } : {}),
    ...(definition.process_graph ? { process_graph: definition.process_graph } : {}),
    links: [
      { rel: "about", href: entry.documentation, title: `${entry.id} in the official openEO processes` },
    ],
  } as ProcessSummary;
}

function exceptionsOf(entry: ProcessEntry): Record<string, { http: number; message: string }> {
  return Object.fromEntries(
    Object.entries(entry.definition.exceptions).map(([code, { http }]) => [
      code,
      { http, message: `${entry.id} failed with ${code}; see ${entry.documentation}.` },
    ]),
  );
}
