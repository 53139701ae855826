/** A JSON Schema as the official process definitions write it, with openEO's `subtype` keyword. */
export type Schema = { readonly subtype?: string; readonly [keyword: string]: unknown };

/** One parameter of an official process: the facts of its definition. */
export interface ParameterDefinition {
  readonly name: string;
  readonly schema: Schema | readonly Schema[];
  readonly optional?: boolean;
  readonly default?: unknown;
  readonly deprecated?: boolean;
  readonly experimental?: boolean;
}

/** The facts of one official process definition (openeo-processes 2.0.0-rc.2), without its prose. */
export interface ProcessDefinition {
  readonly id: string;
  readonly categories: readonly string[];
  readonly experimental: boolean;
  readonly deprecated: boolean;
  readonly parameters: readonly ParameterDefinition[];
  readonly returns: { readonly schema: Schema | readonly Schema[] };
  /** The process's own error codes, with their HTTP status. */
  readonly exceptions: Readonly<Record<string, { readonly http: number }>>;
  /** The official reference graph, where the definition gives one. */
  readonly process_graph?: Readonly<Record<string, unknown>>;
}
