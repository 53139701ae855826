import { isRecord } from "../graph/is-record.js";
import type { Schema } from "../process-definition.js";
import type { Value } from "../value.js";
import type { SchemaOrList } from "./schema-match.js";

/** What validation knows of one parameter a graph may read: its schema, and its value when it has one. */
export interface ScopeParameter {
  readonly schema?: SchemaOrList;
  readonly hasValue?: boolean;
  readonly value?: Value;
}

/** The parameters one graph may read: its own (or `any` when unknown), then those of the graphs around it. */
export interface ParameterScope {
  readonly parameters: ReadonlyMap<string, ScopeParameter> | "any";
  readonly parent?: ParameterScope;
}

/** The parameter a `from_parameter` names, from the innermost graph outwards; `any` when a scope is unknown. */
export function lookUp(scope: ParameterScope | undefined, name: string): ScopeParameter | "any" | undefined {
  for (let current = scope; current; current = current.parent) {
    if (current.parameters === "any") return "any";
    const found = current.parameters.get(name);
    if (found) return found;
  }
  return undefined;
}

/** What a process says of the callbacks one of its arguments takes: the parameters it hands them, what they return. */
export interface CallbackSchema {
  readonly parameters: ReadonlyMap<string, ScopeParameter>;
  /** The schemas the callback's result must match one of; empty when the process says nothing. */
  readonly returns: readonly Schema[];
}

/** The `process-graph` schemas inside a parameter's schema, merged into one {@link CallbackSchema}. */
export function callbackSchemaOf(schema: unknown): CallbackSchema {
  const parameters = new Map<string, ScopeParameter>();
  const returns: Schema[] = [];
  const stack: unknown[] = [schema];
  for (let budget = 10_000; stack.length > 0 && budget > 0; budget--) {
    const next = stack.pop();
    if (Array.isArray(next)) stack.push(...next);
    if (!isRecord(next)) continue;
    if (next.subtype === "process-graph") {
      for (const parameter of (next.parameters ?? []) as { name: string; schema?: Schema }[])
        parameters.set(parameter.name, { schema: parameter.schema ?? {} });
      if (isRecord(next.returns) && isRecord(next.returns.schema)) returns.push(next.returns.schema);
    }
    stack.push(next.anyOf, next.oneOf, next.items, next.additionalProperties);
    if (isRecord(next.properties)) stack.push(...Object.values(next.properties));
  }
  return { parameters, returns };
}
