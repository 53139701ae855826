import { isDeepStrictEqual } from "node:util";
import type { ParameterDefinition, ProcessDefinition } from "@jobkit/processes";

type Listed = Record<string, unknown>;

/** A JSON value without prose, as the registry stores the official definitions. */
export type ProseRemover = <T>(value: T) => T;

function nameOf(parameter: unknown): string {
  const name = (parameter as { name?: unknown } | null)?.name;
  return typeof name === "string" ? name : String(name);
}

function hasDefault(parameter: unknown): boolean {
  return typeof parameter === "object" && parameter !== null && "default" in parameter;
}

/** Parameters beyond the shorter list: each needs a default, on whichever side it is. */
function extraParameters(
  id: string,
  official: readonly ParameterDefinition[],
  listed: readonly unknown[],
): string[] {
  if (official.length > listed.length)
    return official
      .slice(listed.length)
      .filter((parameter) => !hasDefault(parameter))
      .map((parameter) => `${id} leaves out parameter ${parameter.name}, which has no default`);
  return listed
    .slice(official.length)
    .filter((parameter) => !hasDefault(parameter))
    .map((parameter) => `${id} adds parameter ${nameOf(parameter)} without a default`);
}

function parameterFaults(
  id: string,
  official: ParameterDefinition,
  listed: unknown,
  strip: ProseRemover,
): string[] {
  const actual = (typeof listed === "object" && listed !== null ? listed : {}) as Listed;
  if (actual.name !== official.name)
    return [`${id} has parameter ${nameOf(actual)} where the official one is ${official.name}`];
  const faults: string[] = [];
  if ((actual.optional === true) !== (official.optional === true))
    faults.push(
      `${id}: parameter ${official.name} is ${official.optional ? "required" : "optional"}, officially ${official.optional ? "optional" : "required"}`,
    );
  if (!isDeepStrictEqual(strip(actual.schema), official.schema))
    faults.push(`${id}: the schema of parameter ${official.name} differs from the official one`);
  return faults;
}

/**
 * How a process a back-end lists differs from its official definition, compared as the official test suite's
 * functional metadata test does (openeo-test-suite, tests/processes/metadata): parameters in order by name,
 * optional flag and schema; a parameter left out or added only with a default; the return schema; the
 * experimental and deprecated flags when the official process has them. Prose (descriptions, titles) is left out
 * of the comparison. Empty when it matches.
 */
export function compareProcess(listed: Listed, official: ProcessDefinition, strip: ProseRemover): string[] {
  const id = official.id;
  const parameters: unknown = listed.parameters;
  if (!Array.isArray(parameters)) return [`${id} lists no parameters array`];
  const faults = extraParameters(id, official.parameters, parameters);
  official.parameters.forEach((parameter, index) => {
    if (index < parameters.length) faults.push(...parameterFaults(id, parameter, parameters[index], strip));
  });
  const returns = (listed.returns ?? {}) as Listed;
  if (!isDeepStrictEqual(strip(returns.schema), official.returns.schema))
    faults.push(`${id}: the return schema differs from the official one`);
  if (official.experimental && listed.experimental !== true) faults.push(`${id} is not marked experimental`);
  if (official.deprecated && listed.deprecated !== true) faults.push(`${id} is not marked deprecated`);
  return faults;
}
