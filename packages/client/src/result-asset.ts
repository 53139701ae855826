import { OpenEOApiError } from "./errors.js";
import type { CallOptions, Http } from "./internal/http.js";
import { checkDigest, checkSize, expectedChecksum, readLimit } from "./internal/integrity.js";
import { toHex } from "./internal/multihash.js";
import { type TransferOptions, type TransferSink, transfer } from "./internal/transfer.js";
import type { JobResults } from "./job-results.js";
import type { AssetMetadata } from "./types.js";

/** The default `maxBytes` of {@link ResultAsset.bytes} and {@link ResultAsset.loadJson}: 256 MiB. */
export const IN_MEMORY_MAX_BYTES = 256 * 1024 * 1024;

/** Options of a read that may report progress. */
export interface ReadOptions extends TransferOptions {
  /**
   * The most bytes to accept: more fails with `SizeLimitExceeded`, as soon as they arrive, and so does a
   * `file:size` above it, before anything is fetched. The declared `file:size` itself is always a limit
   * (more is `SizeMismatch`). Default {@link IN_MEMORY_MAX_BYTES} for `bytes()` and `loadJson()`, none for
   * downloads to disk.
   */
  maxBytes?: number | undefined;
}

/**
 * One file of a job's results. Hrefs of the API's own origin get the connection's credentials; hrefs
 * elsewhere (signed URLs on a storage service) never do. An expired link (410) is refreshed once from
 * the job's results.
 *
 * @example
 * ```ts
 * for (const asset of await results.getAssets()) {
 *   if (asset.type?.startsWith("application/json")) console.log(await asset.loadJson());
 * }
 * ```
 */
export class ResultAsset {
  /** The asset's key in the results metadata; the file name downloads use. */
  readonly name: string;
  readonly #results: JobResults;
  readonly #http: Http;
  #metadata: AssetMetadata;

  /** @internal Assets come from {@link JobResults.getAssets}. */
  constructor(name: string, metadata: AssetMetadata, results: JobResults, http: Http) {
    this.name = name;
    this.#metadata = metadata;
    this.#results = results;
    this.#http = http;
  }

  /** The STAC asset object: `href`, `type`, `roles`, `title`, `file:size`, `file:checksum`, … */
  get metadata(): AssetMetadata {
    return this.#metadata;
  }

  /** Where the file is downloaded from; changes when an expired link is refreshed. */
  get href(): string {
    return this.#metadata.href;
  }

  /** The media type, e.g. `image/tiff; application=geotiff`. */
  get type(): string | undefined {
    return this.#metadata.type;
  }

  /** The asset's roles, e.g. `data`, `thumbnail`, `overview`; empty when it has none. */
  get roles(): string[] {
    return this.#metadata.roles ?? [];
  }

  /**
   * The raw download response (status 200, or 206 when `headers.Range` was honoured). Transient
   * failures are retried; an expired link (410) is refreshed once from the results metadata.
   */
  async response(options: CallOptions & { headers?: Record<string, string> } = {}): Promise<Response> {
    try {
      return await this.#http.response(this.href, options);
    } catch (error) {
      if (!(error instanceof OpenEOApiError && error.status === 410)) throw error;
      const fresh = (await this.#results.getMetadata({ signal: options.signal, refresh: true })).assets?.[
        this.name
      ];
      if (!fresh || fresh.href === this.href) throw error;
      this.#metadata = fresh;
      return this.#http.response(this.href, options);
    }
  }

  /**
   * The body as a stream, as it arrives: not resumed and not verified. Use {@link bytes} (or the Node
   * entry's `downloadAsset`) when integrity matters.
   */
  async stream(options: CallOptions = {}): Promise<ReadableStream<Uint8Array>> {
    const response = await this.response(options);
    return response.body ?? new Blob([]).stream();
  }

  /**
   * The whole file in memory, resumed when the connection breaks, its `file:size` and (SHA-1/-256/-512)
   * `file:checksum` verified; at most `maxBytes` (default {@link IN_MEMORY_MAX_BYTES}) are held.
   */
  async bytes(options: ReadOptions = {}): Promise<Uint8Array> {
    let chunks: Uint8Array[] = [];
    const checksum = expectedChecksum(this.name, this.#metadata);
    const size = await this.transferTo(
      {
        write: (chunk) => {
          chunks.push(chunk);
        },
        reset: () => {
          chunks = [];
        },
      },
      { ...options, maxBytes: options.maxBytes ?? IN_MEMORY_MAX_BYTES },
    );
    const data = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      data.set(chunk, offset);
      offset += chunk.byteLength;
    }
    checkSize(this.name, this.#metadata, size);
    const web = checksum?.algorithm?.web;
    if (checksum && web && globalThis.crypto?.subtle) {
      checkDigest(this.name, checksum, toHex(await globalThis.crypto.subtle.digest(web, data)));
    }
    return data;
  }

  /**
   * @internal Streams the asset into `sink` with resume, stopping past `file:size` or `maxBytes`; used by
   * `bytes` and the Node entry.
   */
  async transferTo(sink: TransferSink, options: ReadOptions = {}): Promise<number> {
    const limit = readLimit(this.name, this.#metadata, options.maxBytes);
    return transfer(this.#http, this, sink, options, limit);
  }

  /**
   * The file parsed as JSON (e.g. a GeoJSON FeatureCollection), without touching the disk; at most
   * `maxBytes` (default {@link IN_MEMORY_MAX_BYTES}) are read.
   */
  async loadJson<T = unknown>(options: ReadOptions = {}): Promise<T> {
    return JSON.parse(new TextDecoder().decode(await this.bytes(options))) as T;
  }
}
