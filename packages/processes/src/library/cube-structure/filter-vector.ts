import { reproject } from "../../cube/crs.js";
import { cubeArgument } from "../../cube/cube-argument.js";
import { type Geometry, geometryDimension, keepGeometries } from "../../cube/vector-cube.js";
import { geometriesIntersect, geometryWithin, mapCoordinates } from "../../cube/vector-geometry.js";
import { defineProcess, type ProcessContext } from "../../process-entry.js";
import type { Value } from "../../value.js";

type Relation = (candidate: Geometry, bases: readonly Geometry[]) => boolean;

const anyIntersects: Relation = (c, bases) => bases.some((b) => geometriesIntersect(c, b));
const RELATIONS: Readonly<Record<string, Relation>> = {
  intersects: anyIntersects,
  disjoint: (c, bases) => !anyIntersects(c, bases),
  within: (c, bases) => bases.some((b) => geometryWithin(c, b)),
  contains: (c, bases) => bases.some((b) => geometryWithin(b, c)),
  equals: (c, bases) => bases.some((b) => JSON.stringify(b.coordinates) === JSON.stringify(c.coordinates)),
};

function relationOf(name: Value, context: ProcessContext): Relation {
  const relation = RELATIONS[String(name)];
  if (relation) return relation;
  context.warn(`filter_vector: relation '${String(name)}' is computed as 'intersects'.`);
  return anyIntersects;
}

/** `filter_vector`: the candidate geometries that relate to the base geometries as asked. */
export const filterVector = defineProcess({
  id: "filter_vector",
  summary: "Keeps the geometries of a vector cube that intersect, lie within, ... some base geometries.",
  fidelity: "exact",
  run: ({ data, geometries, relation }, context) => {
    const cube = cubeArgument(data, "data");
    const candidates = geometryDimension(cube);
    const base = geometryDimension(cubeArgument(geometries, "geometries"));
    const bases = base.geometries.map((geometry) =>
      mapCoordinates(geometry, (point) => reproject(point, base.epsg, candidates.epsg)),
    );
    const test = relationOf(relation ?? "intersects", context);
    return keepGeometries(cube, (geometry) => test(geometry, bases));
  },
});
