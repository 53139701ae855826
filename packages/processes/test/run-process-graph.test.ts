import { describe, expect, it } from "vitest";
import {
  createProcessRegistry,
  DEFAULT_MAX_CUBE_CELLS,
  evaluateGraph,
  ProcessFailedError,
  type ProcessGraph,
  ProcessGraphRejectedError,
  ProcessRegistry,
  runProcessGraph,
} from "../src/index.js";
import { engineRegistry, seenContexts, testProcess } from "./engine-registry.js";

const registry = engineRegistry();
const node = (process_id: string, args: Record<string, unknown>, result = false) => ({
  process_id,
  arguments: args,
  ...(result ? { result: true } : {}),
});

/** The error `run` throws. */
function thrown(run: () => unknown): ProcessGraphRejectedError {
  try {
    run();
  } catch (error) {
    if (error instanceof ProcessGraphRejectedError) return error;
    throw error;
  }
  return expect.fail("expected a ProcessGraphRejectedError, nothing was thrown");
}

/** A chain n0 <- n1 <- ... of `add`s, each adding 1. */
function chain(length: number): ProcessGraph {
  const entries = Array.from({ length }, (_, index) => [
    `n${index}`,
    node("add", { x: index === 0 ? 0 : { from_node: `n${index - 1}` }, y: 1 }, index === length - 1),
  ]);
  return Object.fromEntries(entries) as ProcessGraph;
}

describe("runProcessGraph", () => {
  it("runs the documented example: a declared parameter, a value for it, and from_node", () => {
    const value = runProcessGraph(
      {
        process_graph: {
          a: node("add", { x: 1, y: { from_parameter: "y" } }),
          b: node("add", { x: { from_node: "a" }, y: 10 }, true),
        },
        parameters: [{ name: "y", schema: { type: "number" } }],
      },
      { parameters: { y: 2 } },
    );
    expect(value).toBe(13);
  });

  it("fills in a declared parameter's default when no value is given", () => {
    const process = {
      process_graph: { a: node("add", { x: 1, y: { from_parameter: "y" } }, true) },
      parameters: [{ name: "y", schema: { type: "number" }, default: 5 }],
    };
    expect(runProcessGraph(process, { registry })).toBe(6);
  });

  it("refuses to read a declared parameter that has neither a value nor a default", () => {
    const process = {
      process_graph: { a: node("add", { x: 1, y: { from_parameter: "y" } }, true) },
      parameters: [{ name: "y", schema: { type: "number" } }],
    };
    const error = thrown(() => runProcessGraph(process, { registry }));
    expect([error.openeoCode, error.pointer]).toEqual([
      "ProcessParameterMissing",
      "/process_graph/a/arguments/y",
    ]);
  });

  it("runs 10,000 nodes in a chain without overflowing the stack", () => {
    expect(runProcessGraph({ process_graph: chain(10_000) }, { registry })).toBe(10_000);
  });

  it("runs callbacks with their parameters and those of the enclosing graph", () => {
    const process = {
      process_graph: {
        c: node("cube", {}),
        r: node(
          "reduce",
          {
            data: { from_node: "c" },
            reducer: {
              process_graph: {
                p: node("apply", {
                  x: 10,
                  process: {
                    process_graph: {
                      m: node("add", { x: { from_parameter: "x" }, y: { from_parameter: "offset" } }, true),
                    },
                  },
                }),
                s: node("add", { x: { from_node: "p" }, y: 1 }, true),
              },
            },
          },
          true,
        ),
      },
    };
    expect(runProcessGraph(process, { registry, parameters: { offset: 100 } })).toBe(111);
  });

  it("refuses an invalid process before running any node", () => {
    let runs = 0;
    const counting = new ProcessRegistry([
      testProcess("count", [], { type: "number" }, () => ++runs),
      ...registry.list(),
    ]);
    const graph = { c: node("count", {}), a: node("add", { x: "one", y: { from_node: "c" } }, true) };
    const error = thrown(() => runProcessGraph({ process_graph: graph }, { registry: counting }));
    expect([error.openeoCode, error.pointer]).toEqual([
      "ProcessParameterInvalid",
      "/process_graph/a/arguments/x",
    ]);
    expect(runs).toBe(0);
  });

  it("runs every node, also those the result does not read, as openEO does", () => {
    let runs = 0;
    const counting = new ProcessRegistry([
      testProcess("count", [], { type: "number" }, () => ++runs),
      ...registry.list(),
    ]);
    const graph = { c: node("count", {}), a: node("add", { x: 1, y: 2 }, true) };
    expect(runProcessGraph({ process_graph: graph }, { registry: counting })).toBe(3);
    expect(runs).toBe(1);
  });

  it("gives processes a default maxCubeCells, and keeps the one given", () => {
    const graph = { c: node("cube", {}, true) };
    runProcessGraph({ process_graph: graph }, { registry });
    expect(seenContexts.at(-1)?.maxCubeCells).toBe(DEFAULT_MAX_CUBE_CELLS);
    runProcessGraph({ process_graph: graph }, { registry, context: { maxCubeCells: 10 } });
    expect(seenContexts.at(-1)?.maxCubeCells).toBe(10);
  });

  it("reads the graph afresh on every run, so a changed graph gives its new value", () => {
    const graph = { a: node("add", { x: 1, y: 2 }, true) };
    expect(runProcessGraph({ process_graph: graph }, { registry })).toBe(3);
    graph.a.arguments.y = 5;
    expect(runProcessGraph({ process_graph: graph }, { registry })).toBe(6);
  });

  it("runs with every implemented process when no registry is given", () => {
    expect(runProcessGraph({ process_graph: { a: node("add", { x: 1, y: 2 }, true) } })).toBe(3);
  });
});

describe("runProcessGraph: errors while running", () => {
  const failing = new ProcessRegistry([
    testProcess("fail", [], {}, () => {
      throw new ProcessFailedError(
        { openeoCode: "DivisionByZero", status: 400, pointer: "" },
        "division by zero.",
      );
    }),
    testProcess("crash", [], {}, () => {
      throw new TypeError("x is undefined");
    }),
    ...registry.list(),
  ]);
  const failure = (graph: Record<string, unknown>) => {
    try {
      runProcessGraph({ process_graph: graph }, { registry: failing });
    } catch (error) {
      return error as ProcessFailedError;
    }
    return expect.fail("expected the run to fail");
  };

  it("locates a process's own exception at its node, inside callbacks too", () => {
    const graph = {
      p: node("apply", { x: 1, process: { process_graph: { f: node("fail", {}, true) } } }, true),
    };
    const error = failure(graph);
    expect(error).toBeInstanceOf(ProcessFailedError);
    expect([error.openeoCode, error.status, error.pointer]).toEqual([
      "DivisionByZero",
      400,
      "/process_graph/p/arguments/process/process_graph/f",
    ]);
    expect(error.message).toBe("jobkit-processes: division by zero.");
  });

  it("turns any other error into openEO's Internal at its node, keeping the cause", () => {
    const error = failure({ c: node("crash", {}, true) });
    expect([error.openeoCode, error.status, error.pointer]).toEqual(["Internal", 500, "/process_graph/c"]);
    expect(error.cause).toBeInstanceOf(TypeError);
  });
});

describe("evaluateGraph validates before it runs", () => {
  const env = { registry, context: { warn: () => {} } };

  it("refuses a graph that is not an object with an openEO error", () => {
    for (const graph of [null, 42, "graph", []]) {
      const error = thrown(() => evaluateGraph(graph as unknown as ProcessGraph, {}, env));
      expect([error.openeoCode, error.pointer], JSON.stringify(graph)).toEqual([
        "ProcessGraphInvalid",
        "/process_graph",
      ]);
    }
  });

  it("refuses a cycle with ProcessGraphInvalid instead of recursing", () => {
    const graph = {
      a: node("add", { x: { from_node: "b" }, y: 1 }, true),
      b: node("add", { x: { from_node: "a" }, y: 1 }),
    } as ProcessGraph;
    const error = thrown(() => evaluateGraph(graph, {}, env));
    expect(error.openeoCode).toBe("ProcessGraphInvalid");
    expect(error.message).toMatch(/cycle: (a -> b -> a|b -> a -> b)\./);
  });

  it("refuses a callback that contains itself instead of recursing", () => {
    const inner: Record<string, unknown> = {};
    inner.s = node("apply", { x: 1, process: { process_graph: inner } }, true);
    const error = thrown(() => evaluateGraph(inner as ProcessGraph, {}, env));
    expect(error.openeoCode).toBe("ProcessGraphInvalid");
  });

  it("refuses a missing argument with ProcessParameterRequired, pointing at it", () => {
    const error = thrown(() =>
      evaluateGraph(
        { a: node("add", { x: 1 }, true) } as ProcessGraph,
        {},
        { registry: createProcessRegistry(), context: { warn: () => {} } },
      ),
    );
    expect([error.openeoCode, error.pointer]).toEqual([
      "ProcessParameterRequired",
      "/process_graph/a/arguments/y",
    ]);
  });
});
