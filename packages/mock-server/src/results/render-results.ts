import { multihashSha256 } from "../internal/checksum.js";
import { deriveSeed } from "../internal/random.js";
import type { ExecutionPlan, PlannedOutput } from "../processes/analyse-process.js";
import { largeAssetChecksum } from "./outputs/large-asset.js";
import { type Raster, synthesizeRaster } from "./outputs/raster.js";
import { encodeJson, resultDates } from "./outputs/tables.js";
import { netCdfWriter, rasterWriters } from "./raster-writers.js";

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
  grid?: { width: number; height: number; bands: string[]; native: boolean };
}

const LARGE_ASSET_NAME = "large.bin";

function encode(output: PlannedOutput, plan: ExecutionPlan, raster: Raster): Uint8Array<ArrayBuffer> {
  const writers = rasterWriters.get();
  const vector = () => writers.synthetic.extentAsVectorCube(raster, resultDates(plan));
  switch (output.format.name) {
    case "GTiff":
      return writers.geoTiff.encodeGeoTiff(raster, plan.native);
    case "PNG":
      return writers.png.encodeQuicklook(raster);
    case "JPEG":
      return writers.jpeg.encodeJpeg(writers.synthetic.rasterAsCube(raster), output.options);
    case "netCDF": {
      const { encodeNetCdf, overDates } = netCdfWriter.get();
      return encodeNetCdf(overDates(raster, resultDates(plan)), plan.native);
    }
    case "CSV":
      return writers.csv.encodeCsv(vector(), output.options);
    case "GeoJSON":
      return writers.geoJson.encodeGeoJson(vector(), output.options);
    case "GeoParquet":
      return writers.geoParquet.encodeGeoParquet(vector(), output.options);
    default:
      return encodeJson(plan, raster);
  }
}

function uniqueName(base: string, extension: string, taken: Set<string>): string {
  let name = `${base}.${extension}`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}.${extension}`;
  taken.add(name);
  return name;
}

/**
 * Produces the files of a run: one per `save_result` (named `result.<ext>`, `result-2.<ext>`, ...), plus the
 * synthetic `large.bin` when `largeAssetBytes` is set. Same seed, key and plan → same bytes (netCDF: but for the seconds HDF5 stamps on its objects). Raster outputs need
 * `rasterWriters.load()` first, netCDF outputs `netCdfWriter.load()`.
 */
export function renderResults(
  plan: ExecutionPlan,
  seed: number,
  key: string,
  largeAssetBytes: number | undefined,
): ResultFile[] {
  const raster = synthesizeRaster(plan.bbox, plan.bands, deriveSeed(seed, key));
  const taken = new Set<string>();
  const files: ResultFile[] = plan.outputs.map((output) => {
    const bytes = encode(output, plan, raster);
    return {
      name: uniqueName("result", output.format.extension, taken),
      title: `${output.format.title} result`,
      mediaType: output.format.mediaType,
      roles: output.format.roles,
      size: bytes.byteLength,
      checksum: multihashSha256([bytes]),
      bytes,
      ...(output.format.gisDataTypes.includes("raster") && output.format.name !== "JSON"
        ? {
            grid: {
              width: raster.width,
              height: raster.height,
              bands: raster.bandNames,
              // GeoTIFFs and netCDF are written in the requested CRS; the PNG quicklook stays a plain WGS84 picture.
              native: output.format.name === "GTiff" || output.format.name === "netCDF",
            },
          }
        : {}),
    };
  });
  if (largeAssetBytes !== undefined) {
    files.push({
      name: LARGE_ASSET_NAME,
      title: "Synthetic large asset",
      mediaType: "application/octet-stream",
      roles: ["data"],
      size: largeAssetBytes,
      checksum: largeAssetChecksum(largeAssetBytes, seed),
      bytes: undefined,
      syntheticSeed: seed,
    });
  }
  return files;
}
