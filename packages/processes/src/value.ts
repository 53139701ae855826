import type { Callback } from "./callback.js";
import type { DataCube } from "./cube/data-cube.js";
import type { LabeledArray } from "./labeled-array.js";

/** A JSON value as a process graph writes it; `null` is openEO's no-data. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Every value a process takes or returns: JSON, labeled arrays, data cubes and callbacks. */
export type Value =
  | null
  | boolean
  | number
  | string
  | Value[]
  | { [key: string]: Value }
  | LabeledArray
  | DataCube
  | Callback;
