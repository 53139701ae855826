import type { Callback } from "../callback.js";
import type { FilterPushdown, ProcessArguments, ProcessContext, ProcessEntry } from "../process-entry.js";
import type { ProcessRegistry } from "../process-registry.js";
import { locatedError, ProcessFailedError } from "../processes-error.js";
import { REJECTION_CODES, rejection } from "../validation/rejection.js";
import type { Value } from "../value.js";
import { dependenciesOf, graphOrder } from "./graph-order.js";
import { isRecord } from "./is-record.js";
import { pointerTo } from "./json-pointer.js";
import type { ProcessGraph, ProcessNode } from "./process-graph.js";
import { type PushedNode, pushdownChains } from "./pushdown-chains.js";

/** What a graph runs with: the processes it may call and the context they report to. */
export interface EvaluationEnvironment {
  readonly registry: ProcessRegistry;
  readonly context: ProcessContext;
}

type Scope = Readonly<Record<string, Value>>;
type Argument = { readonly name: string; readonly value: unknown; readonly at: string };
type Step = {
  readonly id: string;
  readonly node: ProcessNode;
  readonly at: string;
  readonly args: Argument[];
  /** For a loader: the filter steps it takes into its load, each with its margin (see `FilterPushdown`). */
  readonly narrowedBy?: readonly { readonly step: Step; readonly margin: number }[];
};
type Plan = { readonly steps: readonly Step[]; readonly result: string };

/** One run: its environment, and a plan per graph (a callback runs once per pixel, its plan is made once). */
interface Run {
  readonly env: EvaluationEnvironment;
  readonly plans: Map<ProcessGraph, Plan>;
}

function planOf(graph: ProcessGraph, at: string, { plans, env }: Run): Plan {
  let plan = plans.get(graph);
  if (plan) return plan;
  const order = graphOrder(graph);
  if ("cycle" in order) {
    throw rejection(REJECTION_CODES.graphInvalid, at, `the nodes form a cycle: ${order.cycle.join(" -> ")}.`);
  }
  const result = order.order.find((id) => graph[id]?.result === true);
  if (result === undefined)
    throw rejection(REJECTION_CODES.graphInvalid, at, "the graph has no result node.");
  const steps = order.order.map((id) => stepOf(id, graph[id] as ProcessNode, pointerTo(at, id)));
  plan = { steps: withPushdown(steps, pushdownChains(graph, env.registry)), result };
  plans.set(graph, plan);
  return plan;
}

function stepOf(id: string, node: ProcessNode, at: string): Step {
  const args = Object.entries(node.arguments).map(([name, value]) => ({
    name,
    value,
    at: pointerTo(at, "arguments", name),
  }));
  return { id, node, at, args };
}

/** The steps, each loader with the filter steps it takes into its load. */
function withPushdown(steps: readonly Step[], chains: ReadonlyMap<string, readonly PushedNode[]>): Step[] {
  const byId = new Map(steps.map((step) => [step.id, step]));
  return steps.map((step) => {
    const chain = chains.get(step.id);
    const narrowedBy = chain?.map(({ id, margin }) => ({ step: byId.get(id) as Step, margin }));
    return narrowedBy ? { ...step, narrowedBy } : step;
  });
}

/**
 * Runs a validated graph: every node once, each after the nodes it reads (no recursion, so graph size is
 * bounded by memory, not by the stack); returns the value of its result node.
 */
export function runGraph(graph: ProcessGraph, scope: Scope, env: EvaluationEnvironment, at: string): Value {
  return runIn({ env, plans: new Map() }, graph, scope, at);
}

function runIn(run: Run, graph: ProcessGraph, scope: Scope, at: string): Value {
  const plan = planOf(graph, at, run);
  const values = new Map<string, Value>();
  for (const step of plan.steps) {
    const args: Record<string, Value> = {};
    for (const { name, value, at: argumentAt } of step.args) {
      args[name] = resolve(value, { scope, values, run, at: argumentAt });
    }
    const narrowed = step.narrowedBy ? pushedDown(step, args, { scope, values, run, at: step.at }) : args;
    values.set(step.id, runNode(step.node, narrowed, run.env, step.at));
  }
  return values.get(plan.result) as Value;
}

/** A loader's arguments narrowed by the filters after it, as far as it can take them; else as they are. */
function pushedDown(loader: Step, args: ProcessArguments, resolution: Resolution): ProcessArguments {
  const { registry } = resolution.run.env;
  const pushdown = registry.resolve(loader.node.process_id, loader.node.namespace ?? null)?.pushdown;
  let narrowed = args;
  for (const filter of pushdown ? (loader.narrowedBy ?? []) : []) {
    const next = narrowedBy(pushdown as FilterPushdown, narrowed, filter, resolution);
    if (next === undefined) break;
    narrowed = next;
  }
  return narrowed;
}

/**
 * The loader's arguments narrowed by one filter; undefined when the filter reads a node not computed yet or
 * its arguments cannot be taken in: pushing down only saves work, so the filter then runs as written and
 * reports its own errors.
 */
function narrowedBy(
  pushdown: FilterPushdown,
  args: ProcessArguments,
  { step: filter, margin }: { step: Step; margin: number },
  resolution: Resolution,
): ProcessArguments | undefined {
  const others = filter.args.filter((argument) => argument.name !== "data");
  const reads = dependenciesOf({ arguments: Object.fromEntries(others.map((a) => [a.name, a.value])) });
  if (reads.some((id) => !resolution.values.has(id))) return undefined;
  try {
    const filterArgs = Object.fromEntries(
      others.map(({ name, value, at }) => [name, resolve(value, { ...resolution, at })]),
    );
    const { context } = resolution.run.env;
    return pushdown.narrow(args, { id: filter.node.process_id, args: filterArgs, margin }, context);
  } catch {
    return undefined;
  }
}

/** Runs one node; whatever it throws comes out located at the node (inner callbacks' nodes first). */
function runNode(node: ProcessNode, args: ProcessArguments, env: EvaluationEnvironment, at: string): Value {
  try {
    return runProcess(node.process_id, args, env, at, node.namespace);
  } catch (error) {
    throw locatedError(error, at);
  }
}

interface Resolution {
  readonly scope: Scope;
  readonly values: ReadonlyMap<string, Value>;
  readonly run: Run;
  /** The argument being resolved, for errors and callbacks' pointers. */
  readonly at: string;
}

function resolve(value: unknown, resolution: Resolution): Value {
  if (Array.isArray(value)) return value.map((item) => resolve(item, resolution));
  if (!isRecord(value)) return value as Value;
  if (typeof value.from_node === "string") return resolution.values.get(value.from_node) as Value;
  if (typeof value.from_parameter === "string") return parameterValue(value.from_parameter, resolution);
  if (isRecord(value.process_graph)) return callbackOf(value.process_graph as ProcessGraph, resolution);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(item, resolution)]));
}

function parameterValue(name: string, { scope, at }: Resolution): Value {
  if (!(name in scope)) {
    throw rejection(
      REJECTION_CODES.parameterMissing,
      at,
      `the graph reads parameter '${name}', which has no value.`,
    );
  }
  return scope[name] as Value;
}

/** A child graph as a callback: its own parameters on top of its parent's (openEO's scoping). */
function callbackOf(graph: ProcessGraph, { scope, run, at }: Resolution): Callback {
  const graphAt = `${at}/process_graph`;
  return {
    kind: "callback",
    call: (parameters) => runIn(run, graph, { ...scope, ...parameters }, graphAt),
    graph,
    registry: run.env.registry,
  };
}

/** The error of a process that would start after the run's `deadline` (openEO's `RequestTimeout`, HTTP 408). */
function pastDeadline(id: string): ProcessFailedError {
  return new ProcessFailedError(
    { openeoCode: "RequestTimeout", status: 408, pointer: "" },
    `the run went past its time budget before ${id} could start; use a smaller extent, fewer dates or a simpler graph.`,
  );
}

/**
 * Runs one process by id (and namespace, see `ProcessRegistry.resolve`) with resolved arguments: the defaults
 * filled in, then its implementation.
 */
export function runProcess(
  id: string,
  args: ProcessArguments,
  env: EvaluationEnvironment,
  pointer = "",
  namespace: string | null = null,
): Value {
  const { deadline } = env.context;
  if (deadline !== undefined && Date.now() > deadline) throw pastDeadline(id);
  const entry = env.registry.resolve(id, namespace);
  if (!entry)
    throw rejection(REJECTION_CODES.processUnsupported, pointer, `process '${id}' is not available.`);
  return entry.run(withDefaults(entry, args, pointer), env.context);
}

function withDefaults(entry: ProcessEntry, args: ProcessArguments, pointer: string): ProcessArguments {
  const filled: Record<string, Value> = { ...args };
  for (const parameter of entry.definition.parameters) {
    if (parameter.name in filled) continue;
    if (!parameter.optional) {
      const at = pointerTo(pointer, "arguments", parameter.name);
      throw rejection(
        REJECTION_CODES.argumentRequired,
        at,
        `${entry.id} needs argument '${parameter.name}'.`,
      );
    }
    filled[parameter.name] = (parameter.default ?? null) as Value;
  }
  return filled;
}
