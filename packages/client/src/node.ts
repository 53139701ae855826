/**
 * The Node-only entry: downloads to disk. Every download streams into a temporary file in the target
 * folder, is resumed with `Range` when the connection breaks, has its `file:size` and `file:checksum`
 * verified when the metadata has them, and is renamed to its name only when complete and correct;
 * on any failure no file is left behind.
 *
 * @module
 */
import { resolve } from "node:path";
import type { ComputedResult } from "./connection.js";
import { JobkitClientError } from "./errors.js";
import { writeAtomically } from "./internal/file-sink.js";
import type { CallOptions } from "./internal/http.js";
import { checkDigest, checkSize, expectedChecksum } from "./internal/integrity.js";
import { safeTargets } from "./internal/safe-targets.js";
import type { JobResults } from "./job-results.js";
import type { ReadOptions, ResultAsset } from "./result-asset.js";

/** Options of one download: `signal`, and `onProgress` with the bytes received so far. */
export interface DownloadOptions extends ReadOptions {}

/** Progress over all files of {@link downloadFiles}. */
export interface FilesProgress {
  /** The asset whose bytes just arrived. */
  asset: string;
  receivedBytes: number;
  /** The sum of the known sizes (`file:size`, else `Content-Length`). */
  totalBytes: number;
  completedFiles: number;
  totalFiles: number;
}

/** Options of {@link downloadFiles}. */
export interface DownloadFilesOptions extends CallOptions {
  /** Files downloaded at the same time (default 4). */
  concurrency?: number;
  onProgress?: (progress: FilesProgress) => void;
}

/**
 * Downloads one asset to `path` (a file path of your choosing) and returns the absolute path.
 *
 * @example
 * ```ts
 * for (const asset of await results.getAssets()) {
 *   if (asset.type?.startsWith("image/tiff")) await downloadAsset(asset, `data/out/result-v2-${asset.name}`);
 * }
 * ```
 */
export async function downloadAsset(
  asset: ResultAsset,
  path: string,
  options: DownloadOptions = {},
): Promise<string> {
  const target = resolve(path);
  const checksum = expectedChecksum(asset.name, asset.metadata);
  await writeAtomically(target, checksum?.algorithm?.node, async (sink) => {
    const size = await asset.transferTo(sink, options);
    const digest = await sink.finish();
    checkSize(asset.name, asset.metadata, size);
    if (checksum && digest !== undefined) checkDigest(asset.name, checksum, digest);
  });
  return target;
}

/**
 * Downloads every asset into `dir` (default: the working directory), each named as the metadata names
 * it, and returns the paths. Names that would leave `dir`, are longer than a file name may be, or collide
 * (one file for two names, a file where another name needs a folder) are refused before anything is
 * downloaded.
 *
 * @example
 * ```ts
 * const paths = await downloadFiles(job.getResults(), "data/out", { concurrency: 4 });
 * ```
 */
export async function downloadFiles(
  results: JobResults,
  dir: string = process.cwd(),
  options: DownloadFilesOptions = {},
): Promise<string[]> {
  const concurrency = options.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new JobkitClientError("InvalidOption", "downloadFiles: concurrency must be an integer ≥ 1");
  }
  const assets = await results.getAssets(options);
  const targets = safeTargets(
    dir,
    assets.map((asset) => asset.name),
  );
  const received = new Map<string, number>();
  const totals = new Map<string, number>(
    assets.map((asset) => {
      const size = asset.metadata["file:size"];
      return [asset.name, typeof size === "number" ? size : 0];
    }),
  );
  let receivedBytes = 0;
  let totalBytes = [...totals.values()].reduce((a, b) => a + b, 0);
  let completedFiles = 0;
  const report = (asset: string) =>
    options.onProgress?.({ asset, receivedBytes, totalBytes, completedFiles, totalFiles: assets.length });
  const paths: string[] = [];
  // the first failure stops the other downloads (their temporary files are removed) and is raised
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  let failure: { error: unknown } | undefined;
  let next = 0;
  const download = async (index: number) => {
    const asset = assets[index] as ResultAsset;
    paths[index] = await downloadAsset(asset, targets[index] as string, {
      signal,
      onProgress: ({ received: bytes, total }) => {
        receivedBytes += bytes - (received.get(asset.name) ?? 0);
        received.set(asset.name, bytes);
        if (total !== undefined) {
          totalBytes += total - (totals.get(asset.name) ?? 0);
          totals.set(asset.name, total);
        }
        report(asset.name);
      },
    });
    completedFiles++;
    report(asset.name);
  };
  const worker = async () => {
    for (let index = next++; index < assets.length && !failure; index = next++) {
      await download(index).catch((error: unknown) => {
        failure ??= { error: options.signal?.aborted ? options.signal.reason : error };
        stop.abort(error);
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, assets.length) }, worker));
  if (failure) throw failure.error;
  return paths;
}

/**
 * Downloads the single asset of the results to `path`; with several assets, `name` says which one
 * (otherwise `AmbiguousAsset`).
 *
 * @example
 * ```ts
 * await downloadFile(results, "data/out/result.tiff", { name: "res002.tiff" });
 * ```
 */
export async function downloadFile(
  results: JobResults,
  path: string,
  options: DownloadOptions & { name?: string } = {},
): Promise<string> {
  if (options.name !== undefined) {
    return downloadAsset(await results.getAsset(options.name, options), path, options);
  }
  const assets = await results.getAssets(options);
  const [only] = assets;
  if (!only || assets.length > 1) {
    throw new JobkitClientError(
      "AmbiguousAsset",
      `job ${results.job.id} has ${assets.length} assets (${assets.map((a) => a.name).join(", ")}); pass { name } to pick one`,
    );
  }
  return downloadAsset(only, path, options);
}

/**
 * Writes the body of a synchronous result (`connection.computeResult`) to `path` via a temporary file.
 *
 * @example
 * ```ts
 * await saveResult(await connection.computeResult(graph), "ndvi.tiff");
 * ```
 */
export async function saveResult(
  result: ComputedResult,
  path: string,
  options: CallOptions = {},
): Promise<string> {
  const target = resolve(path);
  await writeAtomically(target, undefined, async (sink) => {
    const reader = result.stream().getReader();
    const onAbort = () => reader.cancel(options.signal?.reason).catch(() => {});
    options.signal?.addEventListener("abort", onAbort, { once: true });
    try {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
        await sink.write(chunk.value);
    } finally {
      options.signal?.removeEventListener("abort", onAbort);
    }
    if (options.signal?.aborted) throw options.signal.reason;
    const length = result.response.headers.get("Content-Length");
    await sink.finish();
    if (length !== null && sink.bytesWritten !== Number(length)) {
      throw new JobkitClientError(
        "DownloadIncomplete",
        `the result ended after ${sink.bytesWritten} of ${length} bytes; nothing was kept`,
      );
    }
  });
  return target;
}
