import type { Schema } from "../process-definition.js";

type SchemaOrList = Schema | readonly Schema[];
const CUBE_SUBTYPES = new Set(["datacube", "raster-cube", "vector-cube"]);

/**
 * The kinds of value a schema admits (`number`, `string`, `array`, `object:datacube`, `object:*`, ...), or
 * `undefined` when it admits anything. `integer` counts as `number`; every cube subtype as `object:datacube`.
 */
function kindsOf(schema: SchemaOrList): Set<string> | undefined {
  const kinds = new Set<string>();
  const options: readonly Schema[] = Array.isArray(schema) ? schema : [schema as Schema];
  for (const option of options) {
    const nested = [option.anyOf, option.oneOf].find(Array.isArray) as Schema[] | undefined;
    const found = nested ? kindsOf(nested) : ownKinds(option);
    if (found === undefined) return undefined;
    for (const kind of found) kinds.add(kind);
  }
  return kinds;
}

function ownKinds(schema: Schema): string[] | undefined {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.some((type) => typeof type !== "string")) return undefined;
  return (types as string[]).map((type) => {
    if (type === "integer") return "number";
    if (type !== "object") return type;
    if (schema.subtype === undefined) return "object:*";
    return CUBE_SUBTYPES.has(schema.subtype) ? "object:datacube" : `object:${schema.subtype}`;
  });
}

function kindsMeet(x: string, y: string): boolean {
  if (x === y) return true;
  return x.startsWith("object:") && y.startsWith("object:") && (x === "object:*" || y === "object:*");
}

/** Whether some value could match both schemas; `true` when either says too little to tell. */
export function schemasOverlap(a: SchemaOrList, b: SchemaOrList): boolean {
  const left = kindsOf(a);
  const right = kindsOf(b);
  if (left === undefined || right === undefined) return true;
  return [...left].some((x) => [...right].some((y) => kindsMeet(x, y)));
}
