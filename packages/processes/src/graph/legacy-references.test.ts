import { describe, expect, it } from "vitest";
import { withCurrentReferences } from "./legacy-references.js";

describe("withCurrentReferences", () => {
  it("writes openEO 0.4's from_argument as from_parameter, in callbacks too", () => {
    const process = {
      process_graph: {
        a: {
          process_id: "array_apply",
          arguments: {
            data: [1, -2],
            process: {
              process_graph: { m: { process_id: "absolute", arguments: { x: { from_argument: "x" } } } },
            },
          },
          result: true,
        },
      },
    };
    const current = withCurrentReferences(process) as typeof process;
    const callback = current.process_graph.a.arguments.process.process_graph.m.arguments;
    expect(callback.x).toEqual({ from_parameter: "x" });
  });

  it("returns a process without the old form as it is, not a copy", () => {
    const process = { process_graph: { a: { process_id: "pi", arguments: {}, result: true } } };
    expect(withCurrentReferences(process)).toBe(process);
  });

  it("leaves an object that already names a node or parameter alone", () => {
    const reference = { from_node: "a", from_argument: "x" };
    expect(withCurrentReferences(reference)).toBe(reference);
  });
});
