import { isRecord } from "../graph/is-record.js";
import { withCurrentReferences } from "../graph/legacy-references.js";
import type { ParameterDefinition } from "../process-definition.js";
import type { ProcessRegistry } from "../process-registry.js";
import { ProcessGraphRejectedError } from "../processes-error.js";
import type { Value } from "../value.js";
import { GraphValidator } from "./graph-validator.js";
import type { ScopeParameter } from "./parameter-scope.js";
import { REJECTION_CODES, rejection } from "./rejection.js";
import { DEFAULT_VALIDATION_LIMITS, type ValidationLimits } from "./validation-limits.js";

/** What a process is checked against. */
export interface ValidationOptions {
  /** The processes the graph may call. */
  readonly registry: ProcessRegistry;
  /** Values of the process's parameters, by name; `from_parameter` may read these and the declared ones. */
  readonly parameters?: Readonly<Record<string, Value>>;
  /** Bounds on size and nesting; {@link DEFAULT_VALIDATION_LIMITS} fill in what is not given. */
  readonly limits?: Partial<ValidationLimits>;
}

/**
 * Checks an openEO process (`{ process_graph, parameters? }`, as a job or a user-defined process holds it)
 * before anything runs, as a back-end's validation does: the graph's structure (one result node, no cycle,
 * known `from_node`s), every process id, every argument against its parameter's JSON Schema with openEO's
 * subtypes, the types `from_node` results carry, and each callback against the parameters its process
 * hands it. Each refusal carries its openEO code (see {@link REJECTION_CODES}) and a JSON pointer to the
 * node and argument at fault.
 *
 * @returns every refusal found (at most `limits.maxErrors`); an empty list when the process is valid.
 * @example
 * ```ts
 * const errors = validateProcess(
 *   { process_graph: { sum: { process_id: "add", arguments: { x: 1, y: "two" }, result: true } } },
 *   { registry: createProcessRegistry() },
 * );
 * errors[0]?.openeoCode; // "ProcessParameterInvalid"
 * errors[0]?.pointer; // "/process_graph/sum/arguments/y"
 * ```
 */
export function validateProcess(raw: unknown, options: ValidationOptions): ProcessGraphRejectedError[] {
  const process = withCurrentReferences(raw);
  if (!isRecord(process) || !("process_graph" in process)) {
    return [rejection(REJECTION_CODES.graphMissing, "", "the process has no process_graph; send one.")];
  }
  const limits = { ...DEFAULT_VALIDATION_LIMITS, ...options.limits };
  const validator = new GraphValidator(options.registry, limits);
  const parameters = topParameters(process.parameters, options.parameters ?? {});
  try {
    validator.graph(process.process_graph, "/process_graph", { parameters }, 0);
  } catch (error) {
    if (!(error instanceof ProcessGraphRejectedError)) throw error;
    validator.errors.push(error);
  }
  return validator.errors;
}

/** The parameters the process declares (with their defaults) and the values given for it. */
function topParameters(
  declared: unknown,
  values: Readonly<Record<string, Value>>,
): Map<string, ScopeParameter> {
  const scope = new Map<string, ScopeParameter>();
  const list = Array.isArray(declared) ? (declared as ParameterDefinition[]) : [];
  for (const parameter of list) {
    if (!isRecord(parameter) || typeof parameter.name !== "string") continue;
    const known = "default" in parameter ? { hasValue: true, value: parameter.default as Value } : {};
    scope.set(parameter.name, { schema: parameter.schema ?? {}, ...known });
  }
  for (const [name, value] of Object.entries(values)) {
    scope.set(name, { ...scope.get(name), hasValue: true, value });
  }
  return scope;
}
