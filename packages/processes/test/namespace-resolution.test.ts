import { describe, expect, it } from "vitest";
import {
  createProcessRegistry,
  type ProcessEntry,
  ProcessRegistry,
  runProcessGraph,
  validateProcess,
} from "../src/index.js";

/** A registry whose namespace "user" holds one process, `double` (x * 2), written as a graph of `multiply`. */
class UserNamespaceRegistry extends ProcessRegistry {
  readonly #double: ProcessEntry;

  constructor() {
    const predefined = createProcessRegistry();
    super(predefined.list());
    const multiply = predefined.get("multiply") as ProcessEntry;
    this.#double = {
      ...multiply,
      id: "double",
      definition: {
        ...multiply.definition,
        id: "double",
        parameters: [multiply.definition.parameters[0] as never],
      },
      run: (args) => (args.x as number) * 2,
    };
  }

  override resolve(id: string, namespace?: unknown): ProcessEntry | undefined {
    return namespace === "user" ? (id === "double" ? this.#double : undefined) : super.resolve(id, namespace);
  }
}

const graphOf = (namespace: unknown, id = "double") => ({
  process_graph: { n: { process_id: id, namespace, arguments: { x: 21 }, result: true } },
});

describe("ProcessRegistry.resolve: the namespace a node names", () => {
  it("validates and runs a node of a namespace the registry resolves", () => {
    const registry = new UserNamespaceRegistry();
    expect(validateProcess(graphOf("user"), { registry })).toEqual([]);
    expect(runProcessGraph(graphOf("user"), { registry })).toBe(42);
  });

  it("refuses a process the namespace does not hold, at the node's namespace", () => {
    const [refusal] = validateProcess(graphOf("user", "nothing"), { registry: new UserNamespaceRegistry() });
    expect(refusal?.openeoCode).toBe("ProcessUnsupported");
    expect(refusal?.pointer).toBe("/process_graph/n/namespace");
    expect(refusal?.message).toContain("namespace \"user\" has no process 'nothing'");
  });

  it("keeps predefined processes out of other namespaces", () => {
    expect(validateProcess(graphOf("backend"), { registry: new UserNamespaceRegistry() })).toHaveLength(1);
  });
});
