import { cubeFailure } from "../../cube/cube-failure.js";
import { defineProcess } from "../../process-entry.js";
import {
  collectionBands,
  collectionCommonNames,
  collectionDates,
  collectionOf,
} from "./catalog-collection.js";
import { loadCollectionPushdown } from "./load-collection-pushdown.js";
import { loadSynthetic } from "./load-synthetic.js";

/**
 * `load_collection`: a synthetic cube `[t, bands, y, x]` for a collection of the context's catalogue. Dates come
 * every `stepDays` days (5 unless the collection says) from the collection's start (none, and no `t`, for a
 * collection that is not `temporal`); the grid is the one of {@link loadSynthetic}. The bands keep the common names
 * the catalogue gives them. Filters that only narrow its result are taken into the load
 * ({@link loadCollectionPushdown}).
 */
export const loadCollection = defineProcess({
  id: "load_collection",
  summary: "Loads a catalogue collection as a cube of deterministic synthetic values over the asked extent.",
  fidelity: "exact",
  pushdown: loadCollectionPushdown,
  run: ({ id, spatial_extent, temporal_extent, bands, properties }, context) => {
    const info = collectionOf(id ?? null, context);
    if (properties !== null)
      context.warn("load_collection: 'properties' filters are ignored by synthetic data.");
    const dates = info.temporal === false ? undefined : collectionDates(info, temporal_extent ?? null);
    if (dates?.length === 0) {
      throw cubeFailure(
        "NoDataAvailable",
        `collection '${info.id}' has no observation in the temporal extent.`,
      );
    }
    const loaded = collectionBands(info, bands ?? null);
    return loadSynthetic(
      {
        process: "load_collection",
        source: info.id,
        bands: loaded,
        commonNames: collectionCommonNames(info, loaded),
        coverage: info.bbox,
        ...(dates ? { dates } : {}),
      },
      spatial_extent ?? null,
      context,
    );
  },
});
