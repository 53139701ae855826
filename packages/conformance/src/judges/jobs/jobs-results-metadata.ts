import { fail, type Outcome, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { body, isObject, type JsonObject } from "../../internal/scenarios/answers.js";
import { RESULTS } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

function itemVerdict(metadata: JsonObject): Outcome {
  const properties = isObject(metadata.properties) ? metadata.properties : {};
  const problems = [
    // the API document lets an unlocated result (geometry null) omit bbox
    metadata.geometry === null || (Array.isArray(metadata.bbox) && metadata.bbox.length >= 4)
      ? ""
      : "no bbox",
    "geometry" in metadata ? "" : "no geometry",
    properties.datetime !== undefined || (properties.start_datetime && properties.end_datetime)
      ? ""
      : "no datetime (or start/end_datetime)",
  ].filter(Boolean);
  return problems.length > 0
    ? fail(`the Item has ${problems.join(", ")}`)
    : pass("bbox, geometry and datetime");
}

/** Rule 870: the results' metadata has its extents. */
export const jobsResultsMetadata = scenarioCheck({
  id: "jobs.results.metadata",
  scenario: "lifecycle",
  level: "L1B",
  rules: [870],
  needs: RESULTS,
  expectation:
    "the metadata has extents: bbox, geometry and datetime (Item) or extent.spatial and extent.temporal (Collection)",
  verdict: (exchange: Exchange, c) => {
    c.use(exchange);
    const metadata = body(exchange);
    if (metadata.type === "Feature") return itemVerdict(metadata);
    const extent = isObject(metadata.extent) ? metadata.extent : {};
    return isObject(extent.spatial) && isObject(extent.temporal)
      ? pass("extent.spatial and extent.temporal")
      : fail("the Collection has no extent.spatial and extent.temporal");
  },
});
