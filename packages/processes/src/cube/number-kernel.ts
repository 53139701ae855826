import type { Callback } from "../callback.js";
import type { ProcessArguments, ProcessEntry } from "../process-entry.js";
import type { Value } from "../value.js";

/** Whether an argument is a literal: no reference to a node or a parameter, no child graph, anywhere inside. */
function isLiteral(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(isLiteral);
  if (typeof value !== "object" || value === null) return true;
  const record = value as Record<string, unknown>;
  if ("from_node" in record || "from_parameter" in record || "from_argument" in record) return false;
  if ("process_graph" in record) return false;
  return Object.values(record).every(isLiteral);
}

function readsParameter(value: unknown, name: string): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { from_parameter?: unknown }).from_parameter === name
  );
}

/**
 * The one process a callback calls, with its other arguments (defaults filled in), when the callback is a single
 * node that passes its parameter `input` straight to the argument of that name and gives every other argument
 * literally. `undefined` for any other callback.
 */
function singleCall(
  callback: Callback,
  input: string,
): { entry: ProcessEntry; args: ProcessArguments } | undefined {
  const nodes = Object.values(callback.graph ?? {});
  const node = nodes[0];
  if (nodes.length !== 1 || !node || !callback.registry) return undefined;
  const entry = callback.registry.get(node.process_id);
  if (!entry || !readsParameter(node.arguments[input], input)) return undefined;
  const args: Record<string, Value> = {};
  for (const parameter of entry.definition.parameters) {
    if (parameter.name === input) continue;
    const given = node.arguments[parameter.name];
    if (given === undefined && !parameter.optional) return undefined;
    if (given !== undefined && !isLiteral(given)) return undefined;
    args[parameter.name] = (given ?? parameter.default ?? null) as Value;
  }
  const known = new Set(entry.definition.parameters.map((parameter) => parameter.name));
  if (Object.keys(node.arguments).some((name) => !known.has(name))) return undefined;
  return { entry, args };
}

/** A number kernel for a reducer callback that is one call of a process offering `reduceNumbers`. */
export function reducerKernel(callback: Callback): ((cells: Float64Array) => number) | undefined {
  const call = singleCall(callback, "data");
  const reduce = call?.entry.reduceNumbers;
  if (!call || !reduce) return undefined;
  const { args } = call;
  return (cells) => reduce(cells, args);
}

/**
 * Whether the one process of a callback that has a kernel (see {@link reducerKernel}) returns only booleans or
 * no-data, as `any` and `all` do: its kernel's 1 and 0 are then booleans.
 */
export function returnsOnlyBooleans(callback: Callback, input: string): boolean {
  const call = singleCall(callback, input);
  const schemas = call ? [call.entry.definition.returns.schema].flat() : [];
  const types = schemas.flatMap((schema) => [schema.type].flat());
  return types.length > 0 && types.every((type) => type === "boolean" || type === "null");
}

/** A number kernel for an `apply` callback that is one call of a process offering `mapNumber`. */
export function mapKernel(callback: Callback): ((x: number) => number) | undefined {
  const call = singleCall(callback, "x");
  const map = call?.entry.mapNumber;
  if (!call || !map) return undefined;
  const { args } = call;
  return (x) => map(x, args);
}
