import type { DataCube } from "@jobkit/processes";
import { multihashSha256 } from "../internal/checksum.js";
import type { BBox } from "../processes/bbox.js";
import { engine } from "../processes/compute-value.js";
import type { SavedResult } from "./compute-saves.js";
import { formatUnsuitable } from "./format-unsuitable.js";
import type { OutputFormat } from "./formats.js";
import { gridOfCube, gridSourceOfCube } from "./grid-of-cube.js";
import { largeAssetChecksum } from "./outputs/large-asset.js";
import { type GridSource, gridAtDate } from "./outputs/result-grid.js";
import { timeseriesJson } from "./outputs/timeseries-json.js";
import { isVectorCube } from "./outputs/vector-layout.js";
import { netCdfWriter, rasterWriters } from "./raster-writers.js";
import type { ResultsMemo, WrittenFile } from "./results-memo.js";

/** One produced file. `bytes` is absent for the streamed synthetic large asset. */
export interface ResultFile {
  name: string;
  title: string;
  mediaType: string;
  roles: string[];
  size: number;
  checksum: string;
  bytes: Uint8Array<ArrayBuffer> | undefined;
  /** Seed of the synthetic large asset's bytes (only when `bytes` is absent). */
  syntheticSeed?: number;
  /** For raster files (GTiff, PNG, netCDF): the grid, reported with the STAC projection extension. */
  grid?: { width: number; height: number; bands: readonly string[]; epsg: number; bbox: BBox };
  /** The time labels the file holds (RFC 3339), for the results' time range and a one-date file's `datetime`. */
  dates?: readonly string[];
}

/** How a run's files are written besides its saved cubes. */
export interface RenderOptions {
  /** The WGS84 extent of the job, the geometry of GeoJSON outputs. */
  bbox: BBox;
  /** The synthetic `large.bin` asset to add, if any: its size and the seed of its bytes. */
  largeAsset?: { bytes: number; seed: number };
}

/** What a raster file's metadata tells of its grid. */
type GridFacts = Omit<GridSource, "fillBand">;

/** One file before it is named: its bytes, and the grid and dates it holds for raster formats. */
type Encoded = { base: string; bytes: Uint8Array<ArrayBuffer>; grid?: GridFacts };

const LARGE_ASSET_NAME = "large.bin";
/** Most cells a cube saved as JSON or CSV may have: their text grows about 20 bytes a cell; V8 strings stop at 512 MiB. */
export const MAX_JSON_CELLS = 2 ** 22;

/** The name of the GeoTIFF of one date, as openEO's GeoTrellis back-end names them: `openEO_2023-06-01Z.tif`. */
function perDateName(date: string): string {
  return `openEO_${date.slice(0, 10)}Z`;
}

/** Refuses a cube too large for a text file (JSON, CSV): its text grows about 20 bytes a cell. */
function assertTextSize(data: SavedResult["data"], format: string): void {
  if (!engine.get().isDataCube(data) || data.cellCount <= MAX_JSON_CELLS) return;
  const reason = `the cube has ${data.cellCount} cells, more than the ${MAX_JSON_CELLS} a ${format} file holds here; save it as netCDF or GTiff.`;
  throw formatUnsuitable(format, reason);
}

/** The cube a CSV file lays out: the saved cube, when it is one and not too large. */
function textCube(data: SavedResult["data"], format: OutputFormat): DataCube {
  assertTextSize(data, format.name);
  if (!engine.get().isDataCube(data))
    throw formatUnsuitable(format.name, "the value saved is not a data cube.");
  return data;
}

/** A saved vector cube as it is, or a raster cube summarised over the job's extent (`bbox`, WGS84). */
function vectorCube({ data, format }: SavedResult, bbox: BBox): DataCube {
  if (engine.get().isDataCube(data) && isVectorCube(data)) return data;
  return rasterWriters.get().extent.extentMeans(gridOfCube(data, format.name), bbox);
}

/**
 * The files of one saved cube. GTiff writes one file per date when the cube keeps a time dimension, one date
 * included, as openEO's GeoTrellis back-end does in batch jobs; the other formats write one file. The vector formats take a vector cube as
 * it is and a raster cube summarised over the job's extent; CSV writes a raster cube one row per cell.
 */
function encode(saved: SavedResult, { bbox }: RenderOptions): Encoded[] {
  const { data: cube, format, options } = saved;
  switch (format.name) {
    case "GTiff": {
      const { encodeGeoTiff } = rasterWriters.get().geoTiff;
      const grid = gridOfCube(cube, format.name);
      if (grid.dates.length === 0) return [{ base: "result", bytes: encodeGeoTiff(grid), grid }];
      return grid.dates.map((date, index) => {
        const slice = gridAtDate(grid, index);
        return { base: perDateName(date), bytes: encodeGeoTiff(slice), grid: slice };
      });
    }
    case "netCDF": {
      const grid = gridSourceOfCube(cube, format.name);
      return [{ base: "result", bytes: netCdfWriter.get().encodeNetCdf(grid), grid }];
    }
    case "PNG": {
      const grid = gridAtDate(gridOfCube(cube, format.name), 0);
      return [{ base: "result", bytes: rasterWriters.get().png.encodeQuicklook(grid), grid }];
    }
    case "JPEG": {
      const grid = gridAtDate(gridOfCube(cube, format.name), 0);
      return [{ base: "result", bytes: rasterWriters.get().jpeg.encodeJpeg(grid, options), grid }];
    }
    case "CSV":
      return [{ base: "result", bytes: rasterWriters.get().csv.encodeCsv(textCube(cube, format), options) }];
    case "GeoJSON":
      return [
        {
          base: "result",
          bytes: rasterWriters.get().geoJson.encodeGeoJson(vectorCube(saved, bbox), options),
        },
      ];
    case "GeoParquet": {
      const bytes = rasterWriters.get().geoParquet.encodeGeoParquet(vectorCube(saved, bbox), options);
      return [{ base: "result", bytes }];
    }
    default:
      return [{ base: "result", bytes: encodeJson(cube) }];
  }
}

/**
 * openEO's JSON form of a saved cube (no-data as `null`, which its `nodata` names), a time series of
 * `aggregate_spatial` as geotrellis back-ends write it (`{date: [[bands] per geometry]}`), or a saved value as
 * JSON: strict JSON, unlike the `NaN` literals of a synchronous value (docs/decisions/0007).
 */
function encodeJson(data: SavedResult["data"]): Uint8Array<ArrayBuffer> {
  const { cubeToJson, isDataCube, jsonOfValue } = engine.get();
  assertTextSize(data, "JSON");
  if (!isDataCube(data)) return new TextEncoder().encode(jsonOfValue(data));
  const cube = timeseriesJson(data) ?? cubeToJson(data);
  const text = JSON.stringify(cube);
  return new TextEncoder().encode(text);
}

function uniqueName(base: string, extension: string, taken: Set<string>): string {
  let name = `${base}.${extension}`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}.${extension}`;
  taken.add(name);
  return name;
}

/** The files of one saved cube with their checksums, before they are named. */
function written(saved: SavedResult, options: RenderOptions): WrittenFile<GridFacts>[] {
  return encode(saved, options).map((file) => ({ ...file, checksum: multihashSha256([file.bytes]) }));
}

function resultFile(file: WrittenFile<GridFacts>, format: OutputFormat, taken: Set<string>): ResultFile {
  const { bytes, grid } = file;
  return {
    name: uniqueName(file.base, format.extension, taken),
    title: `${format.title} result`,
    mediaType: format.mediaType,
    roles: format.roles,
    size: bytes.byteLength,
    checksum: file.checksum,
    bytes,
    ...(grid
      ? {
          grid: {
            width: grid.width,
            height: grid.height,
            bands: grid.bandNames,
            epsg: grid.epsg,
            bbox: grid.bbox,
          },
          dates: grid.dates,
        }
      : {}),
  };
}

function largeAsset(bytes: number, seed: number): ResultFile {
  return {
    name: LARGE_ASSET_NAME,
    title: "Synthetic large asset",
    mediaType: "application/octet-stream",
    roles: ["data"],
    size: bytes,
    checksum: largeAssetChecksum(bytes, seed),
    bytes: undefined,
    syntheticSeed: seed,
  };
}

/**
 * Writes the files of a run from the cubes its `save_result` nodes saved (see `computeSaves`): one set per
 * `save_result` (`result.<ext>`, `result-2.<ext>`, ...; GTiff of a cube with a time dimension `openEO_<date>Z.tif` a date), plus
 * the synthetic `large.bin` when `largeAsset` is set. A cube a format cannot hold is `FormatUnsuitable`.
 * Raster outputs need `rasterWriters.load()` first, netCDF outputs `netCdfWriter.load()`. With `memo`, a save
 * written before (the same cube, the same extent) is not written again.
 */
export function renderResults(
  saves: readonly SavedResult[],
  options: RenderOptions,
  memo?: ResultsMemo,
): ResultFile[] {
  const taken = new Set<string>();
  const files = saves.flatMap((save) => {
    const write = () => written(save, options);
    return (memo ? memo.written(save, options.bbox, write) : write()).map((file) =>
      resultFile(file, save.format, taken),
    );
  });
  if (options.largeAsset) files.push(largeAsset(options.largeAsset.bytes, options.largeAsset.seed));
  return files;
}
