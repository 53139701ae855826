import { stringArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { REVISIT_DAYS, syntheticDates } from "../../cube/synthetic-dates.js";
import { temporalInterval } from "../../cube/temporal-interval.js";
import { defineProcess } from "../../process-entry.js";
import { loadSynthetic, SYNTHETIC_START, WORLD } from "./load-synthetic.js";

/**
 * `load_stac`: nothing is fetched offline; the cube has the asked bands (else one, `band_1`), dates every {@link REVISIT_DAYS} days in
 * the temporal extent (else one) and synthetic values seeded by the URL.
 */
export const loadStac = defineProcess({
  id: "load_stac",
  summary: "Stands in for a STAC collection or item with a synthetic cube of the asked extent and bands.",
  fidelity: "shape-only",
  run: ({ url, spatial_extent, temporal_extent, bands, properties }, context) => {
    const source = stringArgument(url, "url");
    context.warn(`load_stac: '${source}' is not read offline; the values are synthetic.`);
    if (properties !== null) context.warn("load_stac: 'properties' filters are ignored.");
    const names = Array.isArray(bands) && bands.length > 0 ? bands.map(String) : ["band_1"];
    const interval = temporal_extent === null ? null : temporalInterval(temporal_extent);
    const dates = interval
      ? syntheticDates(SYNTHETIC_START, interval, REVISIT_DAYS)
      : [new Date(SYNTHETIC_START).toISOString()];
    if (dates.length === 0)
      throw cubeFailure("NoDataAvailable", "no synthetic date falls in the temporal extent.");
    return loadSynthetic(
      { process: "load_stac", source, dates, bands: names, coverage: WORLD },
      spatial_extent ?? null,
      context,
    );
  },
});
