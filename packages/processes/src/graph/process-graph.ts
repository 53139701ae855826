/** One node of a process graph, as openEO writes it. */
export interface ProcessNode {
  readonly process_id: string;
  readonly namespace?: string | null;
  readonly arguments: Readonly<Record<string, unknown>>;
  readonly result?: boolean | null;
}

/** A process graph: nodes by id, exactly one of them the result. */
export type ProcessGraph = Readonly<Record<string, ProcessNode>>;
