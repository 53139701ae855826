import { graphOrder } from "../graph/graph-order.js";
import { isPredefinedNamespace } from "../graph/is-predefined-namespace.js";
import { isRecord } from "../graph/is-record.js";
import { pointerTo } from "../graph/json-pointer.js";
import type { ParameterDefinition } from "../process-definition.js";
import type { ProcessEntry } from "../process-entry.js";
import type { ProcessRegistry } from "../process-registry.js";
import type { ProcessGraphRejectedError } from "../processes-error.js";
import { describeSchema, shortJson } from "./describe-value.js";
import { type CallbackSchema, callbackSchemaOf, lookUp, type ParameterScope } from "./parameter-scope.js";
import { REJECTION_CODES, type RejectionCode, rejection } from "./rejection.js";
import { type ReferenceTyper, type SchemaOrList, schemaMismatch } from "./schema-match.js";
import { schemasOverlap } from "./schema-overlap.js";
import type { ValidationLimits } from "./validation-limits.js";

type Graph = Readonly<Record<string, unknown>>;
type Node = { process_id: string; namespace?: unknown; arguments: Record<string, unknown>; result?: unknown };

/** The ids of a graph's nodes marked as its result. */
function resultIds(graph: Graph): string[] {
  return Object.keys(graph).filter((id) => isRecord(graph[id]) && graph[id].result === true);
}

/** The schema an argument must match: the definition's, or the one more the implementation also accepts. */
function acceptedSchema(entry: ProcessEntry | undefined, parameter: ParameterDefinition): SchemaOrList {
  const also = entry?.alsoAccepts?.[parameter.name];
  return also ? [parameter.schema, also].flat() : parameter.schema;
}

/** Ids for a message: the first ten, then how many more. */
function listed(ids: readonly string[], separator = ", "): string {
  const more = ids.length > 10 ? `${separator}... (${ids.length - 10} more)` : "";
  return ids.slice(0, 10).join(separator) + more;
}

/** Where a value sits: its graph, the scope of that graph, and the callbacks the value's argument gets. */
interface Place {
  readonly graph: Graph;
  readonly scope: ParameterScope;
  readonly depth: number;
  /** What the argument's process says of its callbacks; `undefined` when the process is unknown. */
  readonly callback: CallbackSchema | undefined;
}

/** Walks a process graph and its callbacks once, collecting every refusal; limits end the walk by throwing. */
export class GraphValidator {
  readonly errors: ProcessGraphRejectedError[] = [];
  readonly #open = new Set<object>();
  #nodes = 0;
  #values = 0;

  constructor(
    readonly registry: ProcessRegistry,
    readonly limits: ValidationLimits,
  ) {}

  /** Checks one graph (the process's, or a callback's at `depth`) whose pointer is `at`. */
  graph(graph: unknown, at: string, scope: ParameterScope, depth: number): void {
    if (depth > this.limits.maxCallbackDepth) {
      throw this.#limit(at, `callbacks nest more than ${this.limits.maxCallbackDepth} levels deep`);
    }
    if (!isRecord(graph) || Object.keys(graph).length === 0) {
      this.#report("graphInvalid", at, "a process graph must be an object of nodes by id, not empty.");
    } else if (this.#open.has(graph)) {
      this.#report("graphInvalid", at, "this callback contains itself.");
    } else {
      this.#graphOnce(graph, at, scope, depth);
    }
  }

  #graphOnce(graph: Graph, at: string, scope: ParameterScope, depth: number): void {
    this.#open.add(graph);
    try {
      this.#graphBody(graph, at, scope, depth);
    } finally {
      this.#open.delete(graph);
    }
  }

  #graphBody(graph: Graph, at: string, scope: ParameterScope, depth: number): void {
    const ids = Object.keys(graph);
    this.#nodes += ids.length;
    if (this.#nodes > this.limits.maxNodes) throw this.#limit(at, `more than ${this.limits.maxNodes} nodes`);
    const nodes = ids.filter((id) => this.#nodeShape(graph[id], pointerTo(at, id)));
    const results = resultIds(graph);
    if (results.length !== 1) {
      const which = results.length === 0 ? "none" : listed(results);
      this.#report("graphInvalid", at, `a process graph needs exactly one result node; here: ${which}.`);
    }
    const order = graphOrder(graph);
    if ("cycle" in order) {
      const path = listed([...order.cycle, order.cycle[0] as string], " -> ");
      this.#report(
        "graphInvalid",
        pointerTo(at, order.cycle[0] as string),
        `the nodes form a cycle: ${path}.`,
      );
    }
    for (const id of nodes) this.#node(graph, id, pointerTo(at, id), scope, depth);
  }

  #nodeShape(node: unknown, at: string): node is Node {
    const fault = !isRecord(node)
      ? "a node must be an object"
      : typeof node.process_id !== "string"
        ? "a node needs a process_id string"
        : !isRecord(node.arguments)
          ? "a node needs an arguments object"
          : ![undefined, null, true, false].includes(node.result as never)
            ? "a node's result must be true or false"
            : undefined;
    if (fault) this.#report("graphInvalid", at, `${fault}.`);
    return fault === undefined;
  }

  #node(graph: Graph, id: string, at: string, scope: ParameterScope, depth: number): void {
    const node = graph[id] as Node;
    const entry = this.#entryOf(node, at);
    const parameters = new Map(entry?.definition.parameters.map((parameter) => [parameter.name, parameter]));
    const typeOf = this.#typer(graph, scope);
    for (const [name, value] of Object.entries(node.arguments)) {
      const argumentAt = pointerTo(at, "arguments", name);
      const parameter = parameters.get(name);
      if (entry && !parameter) {
        const known = [...parameters.keys()].join(", ") || "none";
        this.#report(
          "argumentUnsupported",
          argumentAt,
          `${entry.id} has no parameter '${name}' (it has: ${known}).`,
        );
      }
      const callback = parameter ? callbackSchemaOf(parameter.schema) : undefined;
      this.#value(value, argumentAt, { graph, scope, depth, callback }, 0);
      const reason = parameter ? schemaMismatch(value, acceptedSchema(entry, parameter), typeOf) : undefined;
      if (reason) this.#report("argumentInvalid", argumentAt, `${entry?.id} argument '${name}': ${reason}.`);
    }
    for (const parameter of parameters.values()) {
      if (parameter.optional || parameter.name in node.arguments) continue;
      const missingAt = pointerTo(at, "arguments", parameter.name);
      this.#report("argumentRequired", missingAt, `${entry?.id} needs argument '${parameter.name}'.`);
    }
  }

  /** The registry's entry for a node, by its `process_id` and `namespace` (see `ProcessRegistry.resolve`). */
  #entryOf(node: Node, at: string): ProcessEntry | undefined {
    const { namespace } = node;
    const entry = this.registry.resolve(node.process_id, namespace);
    if (entry) return entry;
    if (isPredefinedNamespace(namespace)) {
      this.#report(
        "processUnsupported",
        `${at}/process_id`,
        `process '${node.process_id}' is not available.`,
      );
    } else {
      const shown = shortJson(namespace);
      this.#report(
        "processUnsupported",
        `${at}/namespace`,
        `namespace ${shown} has no process '${node.process_id}'.`,
      );
    }
    return undefined;
  }

  /** Checks references and callbacks anywhere inside one argument value. */
  #value(value: unknown, at: string, place: Place, level: number): void {
    if (++this.#values > this.limits.maxValues)
      throw this.#limit(at, `more than ${this.limits.maxValues} values`);
    if (level > this.limits.maxValueDepth) {
      throw this.#limit(at, `values nest more than ${this.limits.maxValueDepth} levels deep`);
    }
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) this.#value(item, pointerTo(at, index), place, level + 1);
    } else if (!isRecord(value)) {
      return;
    } else if ("from_node" in value) {
      this.#nodeReference(value.from_node, at, place.graph);
    } else if ("from_parameter" in value) {
      this.#parameterReference(value.from_parameter, at, place.scope);
    } else if ("process_graph" in value) {
      this.#callback(value.process_graph, pointerTo(at, "process_graph"), place);
    } else {
      for (const [key, item] of Object.entries(value))
        this.#value(item, pointerTo(at, key), place, level + 1);
    }
  }

  /** A callback: its graph with the parameters its process hands it, then what its result node returns. */
  #callback(graph: unknown, at: string, place: Place): void {
    const scope: ParameterScope = { parameters: place.callback?.parameters ?? "any", parent: place.scope };
    this.graph(graph, at, scope, place.depth + 1);
    const expected = place.callback?.returns ?? [];
    if (!isRecord(graph) || expected.length === 0) return;
    const results = resultIds(graph);
    const result = results.length === 1 ? (graph[results[0] as string] as Node) : undefined;
    const returns =
      result && this.registry.resolve(String(result.process_id), result.namespace)?.definition.returns.schema;
    if (returns === undefined || schemasOverlap(returns, expected)) return;
    const message = `the callback returns ${describeSchema(returns)}, its process expects ${describeSchema(expected)}.`;
    this.#report("argumentInvalid", pointerTo(at, results[0] as string), message);
  }

  #nodeReference(name: unknown, at: string, graph: Graph): void {
    if (typeof name === "string" && Object.hasOwn(graph, name)) return;
    const shown = shortJson(name);
    this.#report(
      "graphInvalid",
      at,
      `from_node names node ${shown}, which this process graph does not have.`,
    );
  }

  #parameterReference(name: unknown, at: string, scope: ParameterScope): void {
    if (typeof name === "string" && lookUp(scope, name) !== undefined) return;
    const shown = shortJson(name);
    this.#report(
      "parameterMissing",
      at,
      `from_parameter names ${shown}, which no enclosing process defines here.`,
    );
  }

  /** What a reference in `graph` stands for: a node's return schema, or a parameter's value or schema. */
  #typer(graph: Graph, scope: ParameterScope): ReferenceTyper {
    return (reference) => {
      if (typeof reference.from_node === "string") {
        const node = Object.hasOwn(graph, reference.from_node) ? graph[reference.from_node] : undefined;
        const entry = isRecord(node)
          ? this.registry.resolve(String(node.process_id), node.namespace)
          : undefined;
        return entry ? { schema: entry.definition.returns.schema } : undefined;
      }
      const parameter = lookUp(scope, String(reference.from_parameter));
      if (parameter === undefined || parameter === "any") return undefined;
      if (parameter.hasValue) return { value: parameter.value ?? null };
      return parameter.schema ? { schema: parameter.schema } : undefined;
    };
  }

  #report(code: keyof typeof REJECTION_CODES, at: string, message: string): void {
    if (this.errors.length < this.limits.maxErrors)
      this.errors.push(rejection(REJECTION_CODES[code], at, message));
  }

  #limit(at: string, what: string): ProcessGraphRejectedError {
    const code: RejectionCode = REJECTION_CODES.graphComplexity;
    return rejection(code, at, `the process is too complex: ${what}; make it smaller or raise the limit.`);
  }
}
