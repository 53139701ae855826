import type { ProcessGraph, ProcessRegistry } from "@jobkit/processes";
import type { BBox } from "../processes/bbox.js";
import { engine } from "../processes/compute-value.js";
import type { SavedResult } from "./compute-saves.js";

/** What running a graph gave: the saved cubes and the engine's warnings. */
export interface ComputedSaves {
  saves: SavedResult[];
  warnings: string[];
}

/** One file a save was written to, before it is named: its bytes, checksum, and the grid of a raster format. */
export interface WrittenFile<Grid> {
  base: string;
  bytes: Uint8Array<ArrayBuffer>;
  checksum: string;
  grid?: Grid;
}

/** Most cube cells a memo holds at once by default (8 bytes each, 32 MiB). */
const MAX_CELLS = 2 ** 22;

/** The cells of a run's saved cubes (1 for a value that is not a cube). */
function cellsOf(saves: readonly SavedResult[]): number {
  const { isDataCube } = engine.get();
  return saves.reduce((sum, { data }) => sum + (isDataCube(data) ? data.cellCount : 1), 0);
}

/**
 * One mock's memory of what its recent process graphs computed and wrote, so that the same graph sent again (a
 * second job, a synchronous run of a job's graph) is not computed and written again. A graph's results depend
 * only on the graph and the mock's collections and limits, as long as it calls only predefined processes; a
 * graph that calls a user-defined one, or that fails, is computed every time. The files are the same bytes
 * either way: answers copy them, and nothing writes into a saved cube or a file's bytes.
 */
export class ResultsMemo {
  readonly #saves = new Map<string, { computed: ComputedSaves; cells: number }>();
  readonly #written = new WeakMap<SavedResult, { bbox: string; files: readonly WrittenFile<unknown>[] }>();
  #cells = 0;

  /** `maxCells`: the most cube cells held at once; the oldest graphs are forgotten first, a larger run is not kept. */
  constructor(private readonly maxCells = MAX_CELLS) {}

  /** What `graph` saves: remembered, else `compute()`d (and remembered when it calls only predefined processes). */
  saves(graph: ProcessGraph, registry: ProcessRegistry, compute: () => ComputedSaves): ComputedSaves {
    const { NamespacedRegistry } = engine.get();
    const pure = !(registry instanceof NamespacedRegistry) || registry.callsOnlyPredefined(graph);
    const key = pure ? JSON.stringify(graph) : undefined;
    const known = key === undefined ? undefined : this.#saves.get(key);
    if (known) return known.computed;
    const computed = compute();
    if (key !== undefined) this.#remember(key, computed);
    return computed;
  }

  /** The files one save is written to for a job's extent `bbox`: remembered, else `write()`n and remembered. */
  written<Grid>(
    save: SavedResult,
    bbox: BBox,
    write: () => WrittenFile<Grid>[],
  ): readonly WrittenFile<Grid>[] {
    const extent = bbox.join(",");
    const known = this.#written.get(save);
    if (known?.bbox === extent) return known.files as readonly WrittenFile<Grid>[];
    const files = write();
    this.#written.set(save, { bbox: extent, files });
    return files;
  }

  #remember(key: string, computed: ComputedSaves): void {
    const cells = cellsOf(computed.saves);
    if (cells > this.maxCells) return;
    for (const [oldest, entry] of this.#saves) {
      if (this.#cells + cells <= this.maxCells) break;
      this.#saves.delete(oldest);
      this.#cells -= entry.cells;
    }
    this.#saves.set(key, { computed, cells });
    this.#cells += cells;
  }
}
