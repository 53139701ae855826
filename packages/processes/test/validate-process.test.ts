import { describe, expect, it } from "vitest";
import { DataCube, LabeledArray, type ValidationOptions, type Value, validateProcess } from "../src/index.js";
import { engineRegistry } from "./engine-registry.js";

const registry = engineRegistry();

/** The refusals of a process, as `code pointer` lines. */
function refusals(process: unknown, options: Partial<ValidationOptions> = {}): string[] {
  return validateProcess(process, { registry, ...options }).map(
    (error) => `${error.openeoCode} ${error.pointer}`,
  );
}

const graphOf = (process_graph: unknown) => ({ process_graph });
const node = (process_id: string, args: Record<string, unknown>, result = false) => ({
  process_id,
  arguments: args,
  ...(result ? { result: true } : {}),
});
const one = (args: Record<string, unknown>, id = "add") => graphOf({ n: node(id, args, true) });
const reducerOf = (process_graph: unknown) => ({ process_graph });
/** A cube `c` and a node (`r` unless named) that reduces it with the given reducer graph. */
const reducing = (reducer: Record<string, unknown>, id = "r") => ({
  c: node("cube", {}),
  [id]: node("reduce", { data: { from_node: "c" }, reducer: reducerOf(reducer) }, true),
});

describe("validateProcess: the graph's structure", () => {
  it("accepts a valid graph with from_node, from_parameter and a callback", () => {
    const process = {
      parameters: [{ name: "offset", schema: { type: "number" } }],
      process_graph: {
        c: node("cube", {}),
        r: node("reduce", {
          data: { from_node: "c" },
          reducer: reducerOf({ s: node("add", { x: 1, y: { from_parameter: "offset" } }, true) }),
        }),
        a: node("add", { x: { from_node: "r" }, y: { from_parameter: "offset" } }, true),
      },
    };
    expect(refusals(process)).toEqual([]);
  });

  it("refuses a process without a process graph with ProcessGraphMissing", () => {
    for (const process of [null, 3, "graph", [], {}, { parameters: [] }]) {
      expect(refusals(process), JSON.stringify(process)).toEqual(["ProcessGraphMissing "]);
    }
  });

  it("refuses a process graph that is not an object of nodes with ProcessGraphInvalid", () => {
    for (const graph of [null, 3, "graph", [], {}, [node("add", { x: 1, y: 2 }, true)]]) {
      expect(refusals(graphOf(graph)), JSON.stringify(graph)).toEqual(["ProcessGraphInvalid /process_graph"]);
    }
  });

  it("refuses nodes without process_id or arguments, pointing at each", () => {
    const graph = {
      a: { arguments: {} },
      b: { process_id: "add" },
      c: 5,
      d: node("add", { x: 1, y: 2 }, true),
    };
    expect(refusals(graphOf(graph))).toEqual([
      "ProcessGraphInvalid /process_graph/a",
      "ProcessGraphInvalid /process_graph/b",
      "ProcessGraphInvalid /process_graph/c",
    ]);
  });

  it("demands exactly one result node", () => {
    const none = { a: node("add", { x: 1, y: 2 }) };
    const two = { a: node("add", { x: 1, y: 2 }, true), b: node("add", { x: 1, y: 2 }, true) };
    expect(refusals(graphOf(none))).toEqual(["ProcessGraphInvalid /process_graph"]);
    const [error] = validateProcess(graphOf(two), { registry });
    expect(error?.message).toContain("exactly one result node; here: a, b.");
  });

  it("refuses a cycle, naming its nodes", () => {
    const graph = {
      a: node("add", { x: { from_node: "c" }, y: 1 }),
      b: node("add", { x: { from_node: "a" }, y: 1 }),
      c: node("add", { x: { from_node: "b" }, y: 1 }, true),
    };
    const [error, ...rest] = validateProcess(graphOf(graph), { registry });
    expect(rest).toEqual([]);
    expect(error?.openeoCode).toBe("ProcessGraphInvalid");
    expect(error?.message).toMatch(/cycle: (a -> b -> c -> a|b -> c -> a -> b|c -> a -> b -> c)\.$/);
  });

  it("keeps messages short however large the input", () => {
    const ring = Object.fromEntries(
      Array.from({ length: 1000 }, (_, index) => [
        `n${index}`,
        node("add", { x: { from_node: `n${(index + 1) % 1000}` }, y: 1 }, index === 0),
      ]),
    );
    const long = one({ x: { from_node: "x".repeat(1_000_000) }, y: 1 });
    const messages = [ring, long.process_graph].flatMap((graph) =>
      validateProcess(graphOf(graph), { registry }).map((error) => error.message),
    );
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain("(991 more)");
    for (const message of messages) expect(message.length).toBeLessThan(300);
  });

  it("refuses a node that reads itself", () => {
    const graph = { a: node("add", { x: { from_node: "a" }, y: 1 }, true) };
    expect(refusals(graphOf(graph))).toEqual(["ProcessGraphInvalid /process_graph/a"]);
  });

  it("refuses a from_node naming no node of its graph, even one of the enclosing graph", () => {
    const graph = reducing({ s: node("add", { x: { from_node: "c" }, y: 1 }, true) });
    expect(refusals(graphOf(graph))).toEqual([
      "ProcessGraphInvalid /process_graph/r/arguments/reducer/process_graph/s/arguments/x",
    ]);
    expect(refusals(one({ x: { from_node: "nowhere" }, y: 1 }))).toEqual([
      "ProcessGraphInvalid /process_graph/n/arguments/x",
    ]);
  });

  it("escapes node ids in pointers as RFC 6901 says", () => {
    const graph = { "a/b~c": node("add", { x: "one", y: 1 }, true) };
    expect(refusals(graphOf(graph))).toEqual(["ProcessParameterInvalid /process_graph/a~1b~0c/arguments/x"]);
  });
});

describe("validateProcess: processes and arguments", () => {
  it("refuses an unknown process with ProcessUnsupported", () => {
    expect(refusals(one({ x: 1 }, "no_such_process"))).toEqual([
      "ProcessUnsupported /process_graph/n/process_id",
    ]);
  });

  it("refuses a namespace other than null or backend: only predefined processes exist", () => {
    const graph = (namespace: unknown) => graphOf({ n: { ...node("add", { x: 1, y: 2 }, true), namespace } });
    expect(refusals(graph(null))).toEqual([]);
    expect(refusals(graph("backend"))).toEqual([]);
    expect(refusals(graph("user"))).toEqual(["ProcessUnsupported /process_graph/n/namespace"]);
  });

  it("refuses a missing required argument with ProcessParameterRequired", () => {
    expect(refusals(one({ x: 1 }))).toEqual(["ProcessParameterRequired /process_graph/n/arguments/y"]);
  });

  it("refuses an argument the process does not define with ProcessParameterUnsupported", () => {
    const [error] = validateProcess(one({ x: 1, y: 2, z: 3 }), { registry });
    expect(`${error?.openeoCode} ${error?.pointer}`).toBe(
      "ProcessParameterUnsupported /process_graph/n/arguments/z",
    );
    expect(error?.message).toContain("add has no parameter 'z' (it has: x, y).");
  });

  it("refuses an argument that does not match its schema with ProcessParameterInvalid", () => {
    const [error] = validateProcess(one({ x: 1, y: "two" }), { registry });
    expect(`${error?.openeoCode} ${error?.pointer}`).toBe(
      "ProcessParameterInvalid /process_graph/n/arguments/y",
    );
    expect(error?.message).toBe(
      "jobkit-processes: add argument 'y': expected number or null, got the string \"two\".",
    );
    expect(error?.status).toBe(400);
  });

  it("counts NaN and ±Infinity as numbers", () => {
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null]) {
      expect(refusals(one({ x, y: 1 })), String(x)).toEqual([]);
    }
  });

  it("accepts a value matching any schema of a list, and refuses one matching none", () => {
    expect(refusals(one({ value: 3 }, "label"))).toEqual([]);
    expect(refusals(one({ value: "B04" }, "label"))).toEqual([]);
    const [error] = validateProcess(one({ value: true }, "label"), { registry });
    expect(error?.message).toContain("expected number or string, got a boolean");
  });

  it("checks the bounding-box and temporal-interval subtypes", () => {
    const bbox = { west: 0, south: 0, east: 1, north: 1 };
    expect(refusals(one({ bbox }, "extent"))).toEqual([]);
    expect(refusals(one({ bbox, interval: ["2020-01-01", null] }, "extent"))).toEqual([]);
    expect(refusals(one({ bbox, interval: ["2020-01-01T00:00:00Z", "2021-01-01"] }, "extent"))).toEqual([]);
    const bad = [
      [{ west: 0, south: 0, east: 1 }, undefined, "needs member 'north'"],
      [{ ...bbox, west: "0" }, undefined, "member 'west': expected number"],
      [new DataCube([], new Float64Array(1)), undefined, "expected bounding-box, got a data cube"],
      [bbox, ["2020-01-01"], "must have at least 2 items"],
      [bbox, ["2020-01-01", "2020-02-01", "2020-03-01"], "must have at most 2 items"],
      [bbox, ["yesterday", null], "item 0: expected date-time or date or time or year or null"],
    ] as const;
    for (const [box, interval, reason] of bad) {
      const [error] = validateProcess(one({ bbox: box, ...(interval ? { interval } : {}) }, "extent"), {
        registry,
      });
      expect(error?.openeoCode, reason).toBe("ProcessParameterInvalid");
      expect(error?.message, reason).toContain(reason);
    }
  });

  it("takes cubes for the datacube subtype and labeled or plain arrays for labeled-array", () => {
    const cube = new DataCube([{ name: "x", type: "spatial", labels: [1] }], Float64Array.of(1));
    const reducer = reducerOf({ s: node("label", { value: 1 }, true) });
    expect(refusals(one({ data: cube, reducer }, "reduce"))).toEqual([]);
    const [error] = validateProcess(one({ data: { type: "datacube" }, reducer }, "reduce"), { registry });
    expect(error?.message).toContain("expected datacube, got an object");
    expect(refusals(one({ x: new LabeledArray(["a"], [1]) as unknown as Value, y: 1 }))).toEqual([
      "ProcessParameterInvalid /process_graph/n/arguments/x",
    ]);
  });

  it("reports every refusal, at most limits.maxErrors", () => {
    const graph = Object.fromEntries(
      Array.from({ length: 30 }, (_, index) => [`n${index}`, node("add", { x: "a", y: 1 }, index === 0)]),
    );
    expect(refusals(graphOf(graph))).toHaveLength(30);
    expect(refusals(graphOf(graph), { limits: { maxErrors: 5 } })).toHaveLength(5);
  });
});

describe("validateProcess: types that follow references", () => {
  it("refuses a cube where a number is required", () => {
    const graph = { c: node("cube", {}), a: node("add", { x: { from_node: "c" }, y: 1 }, true) };
    const [error] = validateProcess(graphOf(graph), { registry });
    expect(`${error?.openeoCode} ${error?.pointer}`).toBe(
      "ProcessParameterInvalid /process_graph/a/arguments/x",
    );
    expect(error?.message).toContain("expected number or null, got the result of node 'c'");
  });

  it("accepts a result whose schema says too little to tell", () => {
    const graph = {
      p: node("apply", { x: 1, process: reducerOf({ s: node("label", { value: 1 }, true) }) }),
      a: node("add", { x: { from_node: "p" }, y: 1 }, true),
    };
    expect(refusals(graphOf(graph))).toEqual([]);
  });

  it("checks the values given for the process's parameters", () => {
    const graph = { a: node("add", { x: { from_parameter: "p" }, y: 1 }, true) };
    expect(refusals(graphOf(graph), { parameters: { p: 2 } })).toEqual([]);
    expect(refusals(graphOf(graph), { parameters: { p: "two" } })).toEqual([
      "ProcessParameterInvalid /process_graph/a/arguments/x",
    ]);
  });

  it("types a declared parameter by its schema", () => {
    const declared = (schema: object) => ({
      ...graphOf({ a: node("add", { x: { from_parameter: "p" }, y: 1 }, true) }),
      parameters: [{ name: "p", schema }],
    });
    expect(refusals(declared({ type: "number" }))).toEqual([]);
    expect(refusals(declared({ type: "string" }))).toEqual([
      "ProcessParameterInvalid /process_graph/a/arguments/x",
    ]);
  });

  it("types a callback's parameters by the schema its process gives them", () => {
    const graph = reducing({ s: node("add", { x: { from_parameter: "data" }, y: 1 }, true) });
    expect(refusals(graphOf(graph))).toEqual([
      "ProcessParameterInvalid /process_graph/r/arguments/reducer/process_graph/s/arguments/x",
    ]);
  });
});

describe("validateProcess: parameters and callbacks", () => {
  it("refuses a from_parameter naming no parameter in scope with ProcessParameterMissing", () => {
    expect(refusals(one({ x: { from_parameter: "p" }, y: 1 }))).toEqual([
      "ProcessParameterMissing /process_graph/n/arguments/x",
    ]);
  });

  it("lets a callback read the parameters its process hands it and those of enclosing graphs", () => {
    const process = {
      parameters: [{ name: "offset", schema: { type: "number" } }],
      process_graph: reducing({
        p: node("apply", {
          x: { from_parameter: "data" },
          process: reducerOf({ m1: node("add", { x: { from_parameter: "offset" }, y: 2 }, true) }),
        }),
        m2: node("add", { x: { from_node: "p" }, y: { from_parameter: "context" } }, true),
      }),
    };
    expect(refusals(process)).toEqual([]);
  });

  it("refuses a callback reading a parameter its process does not hand it, pointing into the callback", () => {
    const inner = { m1: node("add", { x: { from_parameter: "data" }, y: { from_parameter: "z" } }, true) };
    const graph = reducing(
      {
        p: node("apply", { x: 1, process: reducerOf(inner) }),
        s: node("add", { x: { from_node: "p" }, y: 1 }, true),
      },
      "r1",
    );
    expect(refusals(graphOf(graph))).toEqual([
      "ProcessParameterInvalid /process_graph/r1/arguments/reducer/process_graph/p/arguments/process/process_graph/m1/arguments/x",
      "ProcessParameterMissing /process_graph/r1/arguments/reducer/process_graph/p/arguments/process/process_graph/m1/arguments/y",
    ]);
  });

  it("checks what a callback returns against what its process expects", () => {
    const condition = (result: object) => ({ data: [1], condition: reducerOf({ s: result }) });
    const boolean = node("label", { value: { from_parameter: "x" } }, true);
    expect(refusals(one(condition(boolean), "filter"))).toEqual([]);
    const [error] = validateProcess(one(condition(node("add", { x: 1, y: 2 }, true)), "filter"), {
      registry,
    });
    expect(`${error?.openeoCode} ${error?.pointer}`).toBe(
      "ProcessParameterInvalid /process_graph/n/arguments/condition/process_graph/s",
    );
    expect(error?.message).toContain("the callback returns number or null, its process expects boolean.");
  });

  it("checks a callback's own structure: one result node", () => {
    const graph = {
      p: node("apply", { x: 1, process: reducerOf({ s: node("label", { value: 1 }) }) }, true),
    };
    expect(refusals(graphOf(graph))).toEqual([
      "ProcessGraphInvalid /process_graph/p/arguments/process/process_graph",
    ]);
  });
});

describe("validateProcess: limits", () => {
  it("refuses a callback that contains itself", () => {
    const inner: Record<string, unknown> = {};
    inner.s = node("apply", { x: 1, process: { process_graph: inner } }, true);
    expect(refusals(graphOf(inner))).toEqual([
      "ProcessGraphInvalid /process_graph/s/arguments/process/process_graph",
    ]);
  });

  it("refuses callbacks nested deeper than limits.maxCallbackDepth with ProcessGraphComplexity", () => {
    const nested = (depth: number): Record<string, unknown> => {
      let graph: Record<string, unknown> = { s: node("label", { value: 1 }, true) };
      for (let level = 0; level < depth; level++)
        graph = { s: node("apply", { x: 1, process: { process_graph: graph } }, true) };
      return graph;
    };
    expect(refusals(graphOf(nested(64)))).toEqual([]);
    const [error, ...rest] = validateProcess(graphOf(nested(65)), { registry });
    expect(rest).toEqual([]);
    expect(error?.openeoCode).toBe("ProcessGraphComplexity");
    expect(error?.pointer.split("/process_graph")).toHaveLength(67);
    expect(refusals(graphOf(nested(3)), { limits: { maxCallbackDepth: 2 } })[0]).toMatch(
      /^ProcessGraphComplexity /,
    );
  });

  it("refuses more nodes than limits.maxNodes, and validates 10,000 nodes", () => {
    const chain = (length: number) =>
      Object.fromEntries(
        Array.from({ length }, (_, index) => [
          `n${index}`,
          node("add", { x: index === 0 ? 0 : { from_node: `n${index - 1}` }, y: 1 }, index === length - 1),
        ]),
      );
    expect(refusals(graphOf(chain(10_000)))).toEqual([]);
    expect(refusals(graphOf(chain(101)), { limits: { maxNodes: 100 } })).toEqual([
      "ProcessGraphComplexity /process_graph",
    ]);
  });

  it("refuses arguments with more values than limits.maxValues", () => {
    const huge = new Array(2_000_000).fill(1);
    expect(refusals(one({ value: huge }, "label"), { limits: { maxValues: 1_000_000 } })).toEqual([
      "ProcessGraphComplexity /process_graph/n/arguments/value/999999",
    ]);
  });

  it("refuses values nested deeper than limits.maxValueDepth without overflowing the stack", () => {
    let deep: unknown = 1;
    for (let level = 0; level < 100_000; level++) deep = [deep];
    const [error] = validateProcess(one({ value: deep }, "label"), { registry });
    expect(error?.openeoCode).toBe("ProcessGraphComplexity");
    expect(error?.message).toContain("values nest more than 256 levels deep");
  });
});
