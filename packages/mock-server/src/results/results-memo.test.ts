import { DataCube, type ProcessGraph } from "@jobkit/processes";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { BBox } from "../processes/bbox.js";
import { engine } from "../processes/compute-value.js";
import type { StoredProcess } from "../processes/stored-process.js";
import { findOutputFormat, type OutputFormat } from "./formats.js";
import type { ComputedSaves } from "./results-memo.js";
import { ResultsMemo } from "./results-memo.js";

const GTIFF = findOutputFormat("GTiff") as OutputFormat;
const BBOX: BBox = [5, 51, 5.1, 51.1];

/** A graph of one node calling `process_id` (a predefined process unless the registry has a user's). */
const graphCalling = (processId: string): ProcessGraph => ({
  call: { process_id: processId, arguments: { x: 1 }, result: true },
});

/** Saves of one cube of `cells` cells, computed anew on every call. */
const computing = (cells: number) =>
  vi.fn(
    (): ComputedSaves => ({
      saves: [
        {
          data: new DataCube(
            [{ name: "bands", type: "bands", labels: [...Array(cells).keys()].map(String) }],
            new Float64Array(cells),
          ),
          format: GTIFF,
          options: {},
        },
      ],
      warnings: [],
    }),
  );

async function registryWith(userProcesses: readonly StoredProcess[] = []) {
  const { registry, NamespacedRegistry } = await engine.load();
  return new NamespacedRegistry({
    predefined: registry,
    backend: new Map(),
    user: new Map(userProcesses.map((process) => [process.id, process])),
    urls: new Map(),
  });
}

describe("ResultsMemo", () => {
  beforeAll(async () => {
    await engine.load();
  });

  it("computes a graph of predefined processes once and answers the same saves for an equal graph", async () => {
    const memo = new ResultsMemo();
    const registry = await registryWith();
    const compute = computing(4);
    const first = memo.saves(graphCalling("absolute"), registry, compute);
    expect(memo.saves(graphCalling("absolute"), await registryWith(), compute)).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    memo.saves(graphCalling("add"), registry, compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("computes a graph that calls a user-defined process every time", async () => {
    const memo = new ResultsMemo();
    const own: StoredProcess = { id: "mine", process_graph: graphCalling("absolute") };
    const registry = await registryWith([own]);
    const compute = computing(4);
    memo.saves(graphCalling("mine"), registry, compute);
    memo.saves(graphCalling("mine"), registry, compute);
    expect(compute).toHaveBeenCalledTimes(2);
    // the same id in another namespace than the user's is a predefined call: kept
    const backendCall = { call: { ...graphCalling("absolute").call, namespace: "backend" } } as ProcessGraph;
    memo.saves(backendCall, registry, compute);
    memo.saves(backendCall, registry, compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it("does not keep a failed computation", async () => {
    const memo = new ResultsMemo();
    const registry = await registryWith();
    const fail = vi.fn((): ComputedSaves => {
      throw new Error("no data");
    });
    expect(() => memo.saves(graphCalling("absolute"), registry, fail)).toThrow("no data");
    expect(() => memo.saves(graphCalling("absolute"), registry, fail)).toThrow("no data");
    expect(fail).toHaveBeenCalledTimes(2);
  });

  it("holds at most its cell budget: the oldest graph goes first, a larger run is never kept", async () => {
    const memo = new ResultsMemo(10);
    const registry = await registryWith();
    const [a, b, big] = [computing(6), computing(4), computing(11)];
    memo.saves(graphCalling("absolute"), registry, a);
    memo.saves(graphCalling("add"), registry, b);
    memo.saves(graphCalling("absolute"), registry, a);
    expect(a).toHaveBeenCalledTimes(1);
    memo.saves(graphCalling("subtract"), registry, computing(1)); // 6 + 4 + 1 > 10: "absolute" is forgotten
    memo.saves(graphCalling("add"), registry, b);
    memo.saves(graphCalling("absolute"), registry, a);
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([2, 1]);
    memo.saves(graphCalling("multiply"), registry, big);
    memo.saves(graphCalling("multiply"), registry, big);
    expect(big).toHaveBeenCalledTimes(2);
  });

  it("writes a save once per extent", () => {
    const memo = new ResultsMemo();
    const [save] = computing(4)().saves;
    const file = { base: "result", bytes: new Uint8Array(2), checksum: "1220ab" };
    const write = vi.fn(() => [file]);
    const first = memo.written(save as NonNullable<typeof save>, BBOX, write);
    expect(memo.written(save as NonNullable<typeof save>, [...BBOX], write)).toBe(first);
    expect(write).toHaveBeenCalledTimes(1);
    memo.written(save as NonNullable<typeof save>, [0, 0, 1, 1], write);
    expect(write).toHaveBeenCalledTimes(2);
  });
});
