import type { ParameterDefinition, ProcessDefinition, Schema } from "@jobkit/processes";
import type { ProcessDescription } from "./stored-process.js";

/** The facts of a stored process as the engine checks calls to it. */
export function definitionOf(process: ProcessDescription): ProcessDefinition {
  return {
    id: process.id,
    categories: Array.isArray(process.categories) ? (process.categories as string[]) : [],
    experimental: process.experimental === true,
    deprecated: process.deprecated === true,
    parameters: (process.parameters ?? []).map(
      (parameter) => ({ schema: {}, ...parameter }) as ParameterDefinition,
    ),
    returns: { schema: (process.returns?.schema ?? {}) as Schema },
    exceptions: {},
  };
}
