/**
 * Benchmark: ndvi, then the median over time, on a synthetic cube of 4 bands × 12 dates × 1024 × 1024, against a
 * hand-written typed-array loop doing the same arithmetic (the ceiling), and the peak memory against the cube's
 * bytes. Run: `npx tsx bench/ndvi-median.ts` (it measures memory in a fresh child process).
 */
import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createProcessRegistry, DataCube, evaluateGraph, type ProcessGraph } from "../src/index.js";

const SIDE = 1024;
const DATES = 12;
const BANDS = ["blue", "green", "red", "nir"];
const ROUNDS = 5;

/** A deterministic synthetic cube (t, bands, y, x); reflectances between 0 and 0.6. */
function syntheticCube(): DataCube {
  const cells = new Float64Array(DATES * BANDS.length * SIDE * SIDE);
  let seed = 12345;
  for (let i = 0; i < cells.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) | 0;
    cells[i] = (((seed >>> 8) & 0xffff) / 0xffff) * 0.6;
  }
  const axis = (name: "x" | "y") => ({
    name,
    type: "spatial" as const,
    axis: name,
    labels: Array.from({ length: SIDE }, (_, k) => k * 10),
  });
  const t = Array.from({ length: DATES }, (_, k) => `2020-${String(k + 1).padStart(2, "0")}-01T00:00:00Z`);
  return new DataCube(
    [
      { name: "t", type: "temporal", labels: t },
      { name: "bands", type: "bands", labels: BANDS },
      axis("y"),
      axis("x"),
    ],
    cells,
  );
}

/** The median of the non-NaN values (insertion sort: the runs are short); NaN when there are none. */
function median(cells: Float64Array): number {
  let n = 0;
  const sorted = medianScratch;
  for (let k = 0; k < cells.length; k++) {
    const value = cells[k] as number;
    if (Number.isNaN(value)) continue;
    let j = n++;
    while (j > 0 && (sorted[j - 1] as number) > value) {
      sorted[j] = sorted[j - 1] as number;
      j--;
    }
    sorted[j] = value;
  }
  if (n === 0) return Number.NaN;
  const half = n >> 1;
  return n % 2 ? (sorted[half] as number) : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2;
}
const medianScratch = new Float64Array(64);

/** The bench graph, ending in save_result, and the same graph ending at the reduce. */
function graphOf(): { graph: ProcessGraph; reduceOnly: ProcessGraph } {
  const reducer = {
    process_graph: {
      m: { process_id: "median", arguments: { data: { from_parameter: "data" } }, result: true },
    },
  };
  const reduceOnly: ProcessGraph = {
    ndvi: { process_id: "ndvi", arguments: { data: { from_parameter: "cube" } } },
    reduce: {
      process_id: "reduce_dimension",
      arguments: { data: { from_node: "ndvi" }, reducer, dimension: "t" },
      result: true,
    },
  };
  const graph: ProcessGraph = {
    ...reduceOnly,
    reduce: { ...(reduceOnly.reduce as ProcessGraph[string]), result: false },
    save: {
      process_id: "save_result",
      arguments: { data: { from_node: "reduce" }, format: "GTiff" },
      result: true,
    },
  };
  return { graph, reduceOnly };
}

/** The ceiling: the same arithmetic in one hand-written loop over the typed array. */
function handLoop(cube: DataCube): Float64Array {
  const pixels = SIDE * SIDE;
  const red = BANDS.indexOf("red");
  const nir = BANDS.indexOf("nir");
  const cells = cube.values;
  const out = new Float64Array(pixels);
  const series = new Float64Array(DATES);
  for (let p = 0; p < pixels; p++) {
    for (let t = 0; t < DATES; t++) {
      const n = cells[(t * BANDS.length + nir) * pixels + p] as number;
      const r = cells[(t * BANDS.length + red) * pixels + p] as number;
      series[t] = (n - r) / (n + r);
    }
    out[p] = median(series);
  }
  return out;
}

setFlagsFromString("--expose-gc");
/** A full garbage collection, so that no round pays for the garbage of the one before. */
const collect = runInNewContext("gc") as () => void;

function time<T>(run: () => T): { ms: number; value: T } {
  collect();
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

function speed(): void {
  const cube = syntheticCube();
  const registry = createProcessRegistry();
  const { graph, reduceOnly } = graphOf();
  const env = { registry, context: { warn: () => {} } };
  const engine = () => evaluateGraph(graph, { cube }, env);
  let best = { engine: Number.POSITIVE_INFINITY, hand: Number.POSITIVE_INFINITY };
  let hand: Float64Array = new Float64Array(0);
  for (let round = 0; round < ROUNDS; round++) {
    const e = time(engine);
    const h = time(() => handLoop(cube));
    best = { engine: Math.min(best.engine, e.ms), hand: Math.min(best.hand, h.ms) };
    hand = h.value;
  }
  const reduced = evaluateGraph(reduceOnly, { cube }, env);
  const same = reduced instanceof DataCube && reduced.values.every((v, i) => v === hand[i]);
  console.log(
    "graph: ndvi → reduce_dimension(t, median: the registry's kernel) → save_result GTiff (a STAC item; its caller writes files)",
  );
  console.log(
    `cube: 4 bands × ${DATES} dates × ${SIDE}×${SIDE} = ${(cube.values.byteLength / 2 ** 20).toFixed(0)} MiB`,
  );
  console.log(
    `best of ${ROUNDS} interleaved rounds: engine ${best.engine.toFixed(0)} ms, hand loop ${best.hand.toFixed(0)} ms`,
  );
  console.log(
    `engine speed / hand-loop speed = ${(best.hand / best.engine).toFixed(2)} (target ≥ 0.5); same values: ${same}`,
  );
}

/** In a fresh child process: the peak RSS while the engine runs, above the RSS before the cube existed. */
function memory(): void {
  collect();
  const before = process.memoryUsage().rss;
  const cube = syntheticCube();
  const registry = createProcessRegistry();
  const { graph } = graphOf();
  evaluateGraph(graph, { cube }, { registry, context: { warn: () => {} } });
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ peak: peak - before, cube: cube.values.byteLength }));
}

if (process.argv.includes("--memory")) {
  memory();
} else {
  const [one, five] = loadavg();
  console.log(
    `machine: ${cpus().length} cores, load average ${one?.toFixed(2)} (1 min), ${five?.toFixed(2)} (5 min)`,
  );
  speed();
  const child = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), "--memory"],
    {
      encoding: "utf8",
      timeout: 300_000,
    },
  );
  const measured = JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as {
    peak?: number;
    cube?: number;
  };
  if (measured.peak === undefined || measured.cube === undefined)
    throw new Error(`memory run failed: ${child.stderr}`);
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  console.log(
    `peak memory above the start: ${mib(measured.peak)} MiB = ${(measured.peak / measured.cube).toFixed(2)}× the cube's ${mib(measured.cube)} MiB (target ≤ 2)`,
  );
}
