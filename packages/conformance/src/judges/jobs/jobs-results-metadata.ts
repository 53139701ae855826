import { isObject, type JsonObject } from "../../internal/scenarios/answers.js";
import { breaks, conforms, type Finding, judgedCheck } from "../judged-check.js";
import { RESULTS } from "../needs.js";
import { judgeResultsDocument, NO_RESULTS } from "./results-document.js";

function itemFinding(metadata: JsonObject): Finding {
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
  return problems.length > 0 ? breaks(`the Item has ${problems.join(", ")}`) : conforms;
}

/** Rule 870: the results' metadata has its extents. */
export const jobsResultsMetadata = judgedCheck({
  id: "jobs.results.metadata",
  scenario: "lifecycle",
  level: "L1B",
  rules: [870],
  needs: RESULTS,
  expectation:
    "the metadata has extents: bbox, geometry and datetime (Item) or extent.spatial and extent.temporal (Collection)",
  unjudged: NO_RESULTS,
  judge: (exchange) =>
    judgeResultsDocument(exchange, (metadata) => {
      if (metadata.type === "Feature") return itemFinding(metadata);
      const extent = isObject(metadata.extent) ? metadata.extent : {};
      return isObject(extent.spatial) && isObject(extent.temporal)
        ? conforms
        : breaks("the Collection has no extent.spatial and extent.temporal");
    }),
});
