/** What `load_collection` needs to know of a collection to make its synthetic values. */
export interface CollectionInfo {
  readonly id: string;
  readonly bands: readonly string[];
  /** WGS84 `[west, south, east, north]`. */
  readonly bbox: readonly [number, number, number, number];
  /** RFC 3339 start and end; `null` when open. */
  readonly interval: readonly [string | null, string | null];
  /** The bands each common name stands for (`nir`: `["B08"]`), so that `bands` may name them by it. */
  readonly commonNames?: Readonly<Record<string, readonly string[]>>;
  /** `false` for a collection without a time dimension (an elevation model): its cubes have no `t`. */
  readonly temporal?: boolean;
  /**
   * Every how many days it has an observation (the `step` of its temporal dimension): a whole number ≥ 1;
   * `REVISIT_DAYS` (5) when absent.
   */
  readonly stepDays?: number;
}

/** The collections a graph may load, by id. */
export interface CollectionCatalog {
  get(id: string): CollectionInfo | undefined;
}
