import type { Callback } from "../callback.js";
import type { ProcessArguments, ProcessContext, ProcessEntry } from "../process-entry.js";
import type { ProcessRegistry } from "../process-registry.js";
import { ProcessGraphRejectedError } from "../processes-error.js";
import type { Value } from "../value.js";
import type { ProcessGraph } from "./process-graph.js";

/** What a graph runs with: the processes it may call and the context they report to. */
export interface EvaluationEnvironment {
  readonly registry: ProcessRegistry;
  readonly context: ProcessContext;
}

type Scope = Readonly<Record<string, Value>>;

/** A plain JSON object; labeled arrays, cubes and callbacks pass through resolution untouched. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function resultNodeOf(graph: ProcessGraph): string {
  const results = Object.keys(graph).filter((id) => graph[id]?.result === true);
  if (results.length !== 1) {
    throw new ProcessGraphRejectedError(
      { openeoCode: "ProcessGraphInvalid", status: 400, pointer: "" },
      `a process graph needs exactly one result node, this one has ${results.length}.`,
    );
  }
  return results[0] as string;
}

/** Runs one process graph with the given parameter values and returns the value of its result node. */
export function evaluateGraph(graph: ProcessGraph, parameters: Scope, env: EvaluationEnvironment): Value {
  const done = new Map<string, Value>();
  const run = (nodeId: string): Value => {
    const cached = done.get(nodeId);
    if (cached !== undefined || done.has(nodeId)) return cached as Value;
    const node = graph[nodeId];
    if (!node) throw unknownNode(nodeId);
    const resolve = (value: unknown): Value => resolveArgument(value, parameters, run, env);
    const args = Object.fromEntries(
      Object.entries(node.arguments).map(([name, arg]) => [name, resolve(arg)]),
    );
    const value = runProcess(node.process_id, args, env, `/process_graph/${nodeId}`);
    done.set(nodeId, value);
    return value;
  };
  return run(resultNodeOf(graph));
}

function unknownNode(nodeId: string): ProcessGraphRejectedError {
  return new ProcessGraphRejectedError(
    { openeoCode: "ProcessGraphInvalid", status: 400, pointer: "" },
    `a from_node reference names node '${nodeId}', which the graph does not have.`,
  );
}

function resolveArgument(
  value: unknown,
  scope: Scope,
  run: (id: string) => Value,
  env: EvaluationEnvironment,
): Value {
  if (Array.isArray(value)) return value.map((item) => resolveArgument(item, scope, run, env));
  if (!isRecord(value)) return value as Value;
  if (typeof value.from_node === "string") return run(value.from_node);
  if (typeof value.from_parameter === "string") return parameterValue(value.from_parameter, scope);
  if (isRecord(value.process_graph)) return callbackOf(value.process_graph as ProcessGraph, scope, env);
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, resolveArgument(item, scope, run, env)]),
  );
}

function parameterValue(name: string, scope: Scope): Value {
  if (!(name in scope)) {
    throw new ProcessGraphRejectedError(
      { openeoCode: "ProcessParameterRequired", status: 400, pointer: "" },
      `the graph reads parameter '${name}', which has no value here.`,
    );
  }
  return scope[name] as Value;
}

/** A child graph as a callback: its own parameters on top of its parent's (openEO's scoping). */
function callbackOf(graph: ProcessGraph, scope: Scope, env: EvaluationEnvironment): Callback {
  return {
    kind: "callback",
    call: (parameters) => evaluateGraph(graph, { ...scope, ...parameters }, env),
    graph,
    registry: env.registry,
  };
}

/** Runs one process by id with resolved arguments: the defaults filled in, then its implementation. */
export function runProcess(
  id: string,
  args: ProcessArguments,
  env: EvaluationEnvironment,
  pointer = "",
): Value {
  const entry = env.registry.get(id);
  if (!entry) {
    throw new ProcessGraphRejectedError(
      { openeoCode: "ProcessUnsupported", status: 400, pointer },
      `process '${id}' is not supported.`,
    );
  }
  return entry.run(withDefaults(entry, args, pointer), env.context);
}

function withDefaults(entry: ProcessEntry, args: ProcessArguments, pointer: string): ProcessArguments {
  const filled: Record<string, Value> = { ...args };
  for (const parameter of entry.definition.parameters) {
    if (parameter.name in filled) continue;
    if (!parameter.optional) {
      throw new ProcessGraphRejectedError(
        {
          openeoCode: "ProcessArgumentRequired",
          status: 400,
          pointer: `${pointer}/arguments/${parameter.name}`,
        },
        `process '${entry.id}' needs argument '${parameter.name}'.`,
      );
    }
    filled[parameter.name] = (parameter.default ?? null) as Value;
  }
  return filled;
}
