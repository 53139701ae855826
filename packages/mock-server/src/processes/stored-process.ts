/** One parameter of a process as a back-end describes it. */
export interface ParameterDescription {
  readonly name: string;
  readonly schema?: unknown;
  readonly optional?: boolean;
  readonly default?: unknown;
  readonly [key: string]: unknown;
}

/** A process as a back-end describes it (a listed one, or a user-defined one), kept verbatim. */
export interface ProcessDescription {
  readonly id: string;
  readonly parameters?: readonly ParameterDescription[];
  readonly returns?: { readonly schema?: unknown; readonly [key: string]: unknown };
  readonly [key: string]: unknown;
}

/** A user-defined process: a description with the process graph it runs. */
export interface StoredProcess extends ProcessDescription {
  readonly process_graph: Record<string, unknown>;
}
