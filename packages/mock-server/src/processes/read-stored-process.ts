import type { StoredProcess } from "./stored-process.js";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const ID = /^\w+$/;

/** What is wrong with the shape of a user-defined process, or undefined (its graph is checked by the engine). */
function problemOf(value: unknown): string | undefined {
  if (!isObject(value)) return "is not a JSON object";
  if (typeof value.id !== "string" || !ID.test(value.id)) return "needs an id of letters, digits and _";
  if (!isObject(value.process_graph)) return "needs a process_graph object";
  const { parameters, returns } = value;
  if (parameters !== undefined && parameters !== null) {
    if (!Array.isArray(parameters)) return "has parameters that are not an array";
    const names = parameters.map((parameter) => (isObject(parameter) ? parameter.name : undefined));
    if (!names.every((name) => typeof name === "string" && ID.test(name)))
      return "has a parameter without a name of letters, digits and _";
    if (new Set(names).size !== names.length) return "names a parameter twice";
  }
  if (returns !== undefined && returns !== null && !isObject(returns))
    return "has returns that are not an object";
  return undefined;
}

/**
 * A user-defined process (`{id, process_graph, parameters?, returns?, ...}`) checked for the shape the mock reads,
 * kept verbatim; `problem(why)` makes the error thrown for a bad one (`why`: "needs a process_graph object").
 */
export function readStoredProcess(value: unknown, problem: (why: string) => Error): StoredProcess {
  const why = problemOf(value);
  if (why) throw problem(why);
  return value as StoredProcess;
}
