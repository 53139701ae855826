/** The side of the box a narrowed spatial extent keeps: 0.005° (about 50 × 50 pixels of the mock's grid). */
const SIDE_DEGREES = 0.005;

type Node = { process_id: string; arguments: Record<string, unknown> };
type Box = { west: number; south: number; east: number; north: number; crs?: unknown };

function isDegreeBox(value: unknown): value is Box {
  const box = value as Partial<Box> | null;
  const crs = box?.crs;
  const geographic = crs === undefined || crs === null || crs === 4326 || /4326$/.test(String(crs));
  return geographic && [box?.west, box?.south, box?.east, box?.north].every((n) => typeof n === "number");
}

function narrowed({ west, south, east, north, ...rest }: Box): Box {
  const [x, y, half] = [(west + east) / 2, (south + north) / 2, SIDE_DEGREES / 2];
  if (east - west <= SIDE_DEGREES && north - south <= SIDE_DEGREES)
    return { west, south, east, north, ...rest };
  return { ...rest, west: x - half, south: y - half, east: x + half, north: y + half };
}

/**
 * A copy of `graph` whose `load_collection` nodes load a box of 0.005° around the centre of their spatial extent
 * (EPSG:4326 boxes only), for graphs in which nothing depends on the area: the same processes run on fewer pixels.
 */
export function narrowExtents(graph: { process_graph: Record<string, Node> }): typeof graph {
  const nodes = Object.entries(graph.process_graph).map(([id, node]) => {
    const extent = node.arguments.spatial_extent;
    if (node.process_id !== "load_collection" || !isDegreeBox(extent)) return [id, node] as const;
    return [id, { ...node, arguments: { ...node.arguments, spatial_extent: narrowed(extent) } }] as const;
  });
  return { ...graph, process_graph: Object.fromEntries(nodes) };
}
