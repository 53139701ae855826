import { withoutProse } from "../src/without-prose.js";

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON object. */
export type JsonObject = { [key: string]: Json };

function exceptionCodes(exceptions: Json): Json {
  if (exceptions === null || typeof exceptions !== "object" || Array.isArray(exceptions)) return {};
  const out: { [key: string]: Json } = {};
  for (const [code, spec] of Object.entries(exceptions)) {
    const http = (spec as { http?: number }).http;
    out[code] = { http: http ?? 400 };
  }
  return out;
}

const PARAMETER_KEYS = ["name", "schema", "optional", "default", "deprecated", "experimental"];

function parameterFacts(parameters: Json): Json {
  if (!Array.isArray(parameters)) return [];
  return parameters.map((parameter) => {
    const source = parameter as { [key: string]: Json };
    return Object.fromEntries(
      PARAMETER_KEYS.filter((key) => key in source).map((key) => [key, withoutProse(source[key] as Json)]),
    );
  });
}

/**
 * The facts of one official process definition (ids, parameters, schemas, returns, categories, exception codes,
 * flags, reference graph), its prose left out. `experimentalFolder`: the file is in `proposals/`.
 */
export function definitionFacts(raw: JsonObject, experimentalFolder: boolean): Json {
  const entry: { [key: string]: Json } = {
    id: raw.id ?? null,
    categories: raw.categories ?? [],
    experimental: raw.experimental === true || experimentalFolder,
    deprecated: raw.deprecated === true,
    parameters: parameterFacts(raw.parameters ?? []),
    returns: withoutProse(raw.returns ?? {}),
    exceptions: exceptionCodes(raw.exceptions ?? {}),
  };
  if (raw.process_graph) entry.process_graph = withoutProse(raw.process_graph);
  return entry;
}
