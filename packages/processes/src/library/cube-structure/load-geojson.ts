import { labelsArgument } from "../../cube/cube-argument.js";
import { cubeFailure } from "../../cube/cube-failure.js";
import { DataCube, type Dimension } from "../../cube/data-cube.js";
import { type Geometry, vectorCube } from "../../cube/vector-cube.js";
import { defineProcess } from "../../process-entry.js";
import type { Value } from "../../value.js";

type Feature = { geometry: Geometry; properties: Record<string, unknown> };
const EMPTY: Geometry = { type: "GeometryCollection", geometries: [] };

function featuresOf(data: Value): Feature[] {
  const record = (data ?? {}) as Record<string, unknown>;
  if (record.type === "FeatureCollection" && Array.isArray(record.features)) {
    return (record.features as Value[]).flatMap(featuresOf);
  }
  if (record.type === "Feature") {
    const properties = (record.properties ?? {}) as Record<string, unknown>;
    return [{ geometry: (record.geometry as Geometry | null) ?? EMPTY, properties }];
  }
  if (typeof record.type === "string" && record.type !== "GeometryCollection" && "coordinates" in record) {
    return [{ geometry: record as unknown as Geometry, properties: {} }];
  }
  throw cubeFailure(
    "ProcessParameterInvalid",
    "parameter 'data' must be a GeoJSON geometry (not a GeometryCollection), Feature or FeatureCollection.",
  );
}

/** One property as a dimension: its array's positions when it holds arrays, else its name. */
function propertyLabels(features: readonly Feature[], names: readonly string[]): (string | number)[] {
  const [only] = names;
  const arrays = names.length === 1 && features.some((f) => Array.isArray(f.properties[only as string]));
  if (!arrays) return [...names];
  const longest = Math.max(
    ...features.map((f) => (f.properties[only as string] as unknown[] | undefined)?.length ?? 0),
  );
  return Array.from({ length: longest }, (_, index) => index);
}

function propertyCell(feature: Feature, names: readonly string[], label: string | number): number {
  const value =
    typeof label === "number"
      ? (feature.properties[names[0] as string] as unknown[] | undefined)?.[label]
      : feature.properties[label];
  return typeof value === "number" ? value : typeof value === "boolean" ? Number(value) : Number.NaN;
}

/** `load_geojson`: a vector cube with one geometry label per feature, and numeric properties as a dimension. */
export const loadGeojson = defineProcess({
  id: "load_geojson",
  summary: "Turns GeoJSON into a vector cube, optionally with a dimension of feature properties.",
  fidelity: "exact",
  run: ({ data, properties }) => {
    const features = featuresOf(data ?? null);
    const cube = vectorCube(features.map((feature) => feature.geometry));
    const names = labelsArgument(properties, "properties").map(String);
    if (names.length === 0) return cube;
    const labels = propertyLabels(features, names);
    const dimension: Dimension = { name: "properties", type: "other", labels };
    const values = Float64Array.from(
      features.flatMap((feature) => labels.map((label) => propertyCell(feature, names, label))),
    );
    return new DataCube([...cube.dimensions, dimension], values);
  },
});
