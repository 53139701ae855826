import type { BatchJob } from "./batch-job.js";
import { JobkitClientError } from "./errors.js";
import type { CallOptions, Http } from "./internal/http.js";
import { ResultAsset } from "./result-asset.js";
import type { ResultsMetadata } from "./types.js";

const QUICKLOOK_ROLES = new Set(["thumbnail", "overview"]);

/**
 * The results of a finished batch job: its STAC metadata and its files. Downloads to disk live in the
 * Node entry (`@jobkit/client/node`: `downloadFiles`, `downloadFile`, `downloadAsset`).
 *
 * @example
 * ```ts
 * const results = job.getResults();
 * const item = await results.getMetadata(); // bbox, geometry, assets
 * const [quicklook] = await results.getQuicklooks();
 * ```
 */
export class JobResults {
  /** The job these results belong to. */
  readonly job: BatchJob;
  readonly #http: Http;
  #metadata: ResultsMetadata | undefined;

  /** @internal Results come from {@link BatchJob.getResults}. */
  constructor(job: BatchJob, http: Http) {
    this.job = job;
    this.#http = http;
  }

  /** The STAC Item or Collection; fetched once, again with `refresh: true` (e.g. for fresh signed links). */
  async getMetadata(options: CallOptions & { refresh?: boolean } = {}): Promise<ResultsMetadata> {
    if (this.#metadata === undefined || options.refresh) {
      this.#metadata = await this.#http.json<ResultsMetadata>(
        `/jobs/${encodeURIComponent(this.job.id)}/results`,
        options,
      );
      if (!this.#metadata || typeof this.#metadata.assets !== "object" || this.#metadata.assets === null) {
        throw new JobkitClientError(
          "InvalidResponse",
          `the results of job ${this.job.id} have no assets object`,
        );
      }
    }
    return this.#metadata;
  }

  /** Every result file, in the order the metadata lists them. */
  async getAssets(options: CallOptions = {}): Promise<ResultAsset[]> {
    const metadata = await this.getMetadata(options);
    return Object.entries(metadata.assets ?? {}).map(
      ([name, asset]) => new ResultAsset(name, asset, this, this.#http),
    );
  }

  /** The asset with this name; `AssetNotFound` when there is none. */
  async getAsset(name: string, options: CallOptions = {}): Promise<ResultAsset> {
    const assets = await this.getAssets(options);
    const asset = assets.find((candidate) => candidate.name === name);
    if (!asset) {
      const names = assets.map((candidate) => candidate.name).join(", ");
      throw new JobkitClientError(
        "AssetNotFound",
        `job ${this.job.id} has no asset "${name}" (it has: ${names})`,
      );
    }
    return asset;
  }

  /** The quicklooks: assets with the role `thumbnail` or `overview`. */
  async getQuicklooks(options: CallOptions = {}): Promise<ResultAsset[]> {
    return (await this.getAssets(options)).filter((asset) =>
      asset.roles.some((role) => QUICKLOOK_ROLES.has(role)),
    );
  }
}
