import { isDeepStrictEqual } from "node:util";
import type { ComparedDefinition, ParameterDefinition } from "@jobkit/processes";

type Listed = Record<string, unknown>;

/** A JSON value without prose, as the registry stores the official definitions. */
export type ProseRemover = <T>(value: T) => T;

/** Data cube subtypes: openeo-processes 1.x wrote `raster-cube` and `vector-cube`, 2.0 writes `datacube`. */
const CUBE_SUBTYPES = new Set(["raster-cube", "vector-cube", "datacube"]);

/** A schema with every data cube as `{type: object, subtype: datacube}`, so that 1.x and 2.0 cubes compare. */
function cubesAlike(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(cubesAlike);
  if (typeof schema !== "object" || schema === null) return schema;
  const value = schema as Record<string, unknown>;
  if (typeof value.subtype === "string" && CUBE_SUBTYPES.has(value.subtype))
    return { type: "object", subtype: "datacube" };
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, cubesAlike(child)]));
}

/**
 * The official schemas with their data cubes alike, each made at its first comparison and kept for the life of
 * the process: the official definitions are constants of the registry, the same in every run.
 */
const officialAlike = new WeakMap<object, unknown>();

/** {@link cubesAlike} of an official schema, made once per schema object. */
export function officialCubesAlike(schema: unknown): unknown {
  if (typeof schema !== "object" || schema === null) return cubesAlike(schema);
  if (!officialAlike.has(schema)) officialAlike.set(schema, cubesAlike(schema));
  return officialAlike.get(schema);
}

/** Whether a listed schema is the official one, prose left out and data cubes of either version alike. */
function sameSchema(listed: unknown, official: unknown, strip: ProseRemover): boolean {
  return isDeepStrictEqual(cubesAlike(strip(listed)), officialCubesAlike(official));
}

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
  if (!sameSchema(actual.schema, official.schema, strip))
    faults.push(`${id}: the schema of parameter ${official.name} differs from the official one`);
  return faults;
}

/**
 * How a process a back-end lists differs from its official definition, compared as the official test suite's
 * functional metadata test does (openeo-test-suite, tests/processes/metadata): parameters in order by name,
 * optional flag and schema; a parameter left out or added only with a default; the return schema; the
 * experimental and deprecated flags when the official process has them. Less strict than the suite: prose
 * (descriptions, titles) is left out, and a data cube is one whatever its subtype says (1.x `raster-cube`,
 * 2.0 `datacube` with its dimensions). Empty when it matches.
 */
export function compareProcess(listed: Listed, official: ComparedDefinition, strip: ProseRemover): string[] {
  const id = official.id;
  const parameters: unknown = listed.parameters;
  if (!Array.isArray(parameters)) return [`${id} lists no parameters array`];
  const faults = extraParameters(id, official.parameters, parameters);
  official.parameters.forEach((parameter, index) => {
    if (index < parameters.length) faults.push(...parameterFaults(id, parameter, parameters[index], strip));
  });
  const returns = (listed.returns ?? {}) as Listed;
  if (!sameSchema(returns.schema, official.returns.schema, strip))
    faults.push(`${id}: the return schema differs from the official one`);
  if (official.experimental && listed.experimental !== true) faults.push(`${id} is not marked experimental`);
  if (official.deprecated && listed.deprecated !== true) faults.push(`${id} is not marked deprecated`);
  return faults;
}
