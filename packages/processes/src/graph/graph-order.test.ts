import { describe, expect, it } from "vitest";
import { dependenciesOf, graphOrder } from "./graph-order.js";

const reads = (...ids: string[]) => ({
  process_id: "p",
  arguments: { data: ids.map((id) => ({ from_node: id })) },
});

describe("graphOrder", () => {
  it("puts every node after the nodes it reads", () => {
    const order = graphOrder({ c: reads("a", "b"), b: reads("a"), a: reads() });
    expect(order).toEqual({ order: ["a", "b", "c"] });
  });

  it("names one cycle, in the direction data flows", () => {
    expect(graphOrder({ a: reads("c"), b: reads("a"), c: reads("b"), d: reads("c") })).toEqual({
      cycle: ["b", "c", "a"],
    });
  });

  it("orders a chain of 50,000 nodes without recursion", () => {
    const graph = Object.fromEntries(
      Array.from({ length: 50_000 }, (_, index) => [
        `n${index}`,
        index === 0 ? reads() : reads(`n${index - 1}`),
      ]),
    );
    const order = graphOrder(graph);
    expect("order" in order && order.order.at(-1)).toBe("n49999");
  });
});

describe("dependenciesOf", () => {
  it("finds from_node references in nested arrays and objects, not inside callbacks", () => {
    const node = {
      process_id: "p",
      arguments: {
        a: [{ deep: { from_node: "x" } }],
        b: { from_node: "y" },
        c: { process_graph: { n: { process_id: "q", arguments: { z: { from_node: "inner" } } } } },
      },
    };
    expect(dependenciesOf(node).sort()).toEqual(["x", "y"]);
  });

  it("stops at objects it has seen, so a value that contains itself ends", () => {
    const loop: unknown[] = [{ from_node: "x" }];
    loop.push(loop);
    expect(dependenciesOf({ process_id: "p", arguments: { loop } })).toEqual(["x"]);
  });
});
