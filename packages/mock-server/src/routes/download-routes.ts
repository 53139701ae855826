import { Hono } from "hono";
import { OpenEOError } from "../internal/openeo-error.js";
import { send } from "../internal/respond.js";
import type { MockContext } from "../mock-context.js";
import type { MockEnv } from "../mock-env.js";
import { largeAssetStream } from "../results/outputs/large-asset.js";
import type { ResultFile } from "../results/render-results.js";
import {
  PARTIAL_STATUS,
  resultsDocument,
  resultsMediaType,
  wrongMediaType,
} from "../results/results-document.js";
import { CANONICAL_NAME, DOWNLOAD_PREFIX } from "../results/signed-links.js";
import { unpublishedError } from "../results/unpublished-error.js";

/** Parses a single `Range: bytes=…` header; undefined = whole file; throws 416 when unsatisfiable. */
function parseRange(header: string | undefined, size: number): { start: number; end: number } | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return undefined;
  let start: number;
  let end: number;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || start > end) {
    throw new OpenEOError(
      "RangeNotSatisfiable",
      `The range '${header}' is outside the file of ${size} bytes.`,
      {
        headers: { "Content-Range": `bytes */${size}` },
      },
    );
  }
  return { start, end };
}

function corruptStream(source: ReadableStream<Uint8Array>, atStart: boolean): ReadableStream<Uint8Array> {
  let first = atStart;
  return source.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        if (first && chunk.byteLength > 0) {
          const copy = chunk.slice();
          copy[0] = (copy[0] as number) ^ 0xff;
          first = false;
          controller.enqueue(copy);
        } else {
          controller.enqueue(chunk);
        }
      },
    }),
  );
}

function bodyOf(
  file: ResultFile,
  start: number,
  end: number,
): ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer> {
  if (file.bytes) return file.bytes.subarray(start, end + 1);
  return largeAssetStream(file.size, file.syntheticSeed ?? 0, start, end + 1);
}

/**
 * Signed asset downloads: `GET|HEAD /download/{jobId}/{expires}/{signature}/{name}`. No authentication (an
 * Authorization header is ignored); `Range` → 206; expired → 410 ResultLinkExpired; bad signature → 403.
 */
export function downloadRoutes(ctx: MockContext): Hono<MockEnv> {
  const app = new Hono<MockEnv>();

  app.get(`${DOWNLOAD_PREFIX}/:job_id/:expires/:signature/:name`, (c) => {
    const { job_id: jobId, expires, signature, name } = c.req.param();
    if (!/^\d{1,15}$/.test(expires) || !ctx.signer.verify(jobId, Number(expires), signature, name)) {
      throw new OpenEOError(
        "PermissionsInsufficient",
        "This download link is not valid; get fresh links from GET /jobs/{job_id}/results.",
      );
    }
    if (ctx.clock.now() > Number(expires)) {
      throw new OpenEOError(
        "ResultLinkExpired",
        "The link to the batch job result has expired; request the results again.",
      );
    }
    const job = ctx.store.get(jobId);
    if (job) ctx.lifecycle.settle(job);
    const partial = c.req.query("partial") === "true";
    if (name === CANONICAL_NAME && job && (job.status === "finished" || job.files || partial)) {
      const document = resultsDocument({
        job,
        base: ctx.base(c),
        type: ctx.options.results.type,
        expires: Number(expires),
        signer: ctx.signer,
        // Only finished jobs and jobs that failed after writing some files (partial outcome) have files.
        partialStatus: job.status === "finished" ? undefined : (PARTIAL_STATUS[job.status] ?? "error"),
        partialRequested: partial,
        mislabel: false,
        collections: ctx.options.collections,
      });
      return send(c, JSON.stringify(document), 200, {
        "Content-Type": resultsMediaType(ctx.options.results.type),
      });
    }
    if (job?.unpublishedAt !== undefined) throw unpublishedError(job.id, job.unpublishedAt);
    const file = job?.files?.find((f) => f.name === name);
    if (!job || !file) {
      throw new OpenEOError(
        "NotFound",
        `The file '${name}' is no longer available; request the results again.`,
      );
    }
    const target = { method: c.req.method, path: c.req.path, user: job.owner, jobId };
    // A HEAD shows an asset fault's effect without using up its `times`: the GET that follows gets it too.
    const fault =
      c.req.method === "HEAD" ? ctx.faults.peek("asset", target) : ctx.faults.take("asset", target);
    if (fault?.mode === "missing") {
      throw new OpenEOError("NotFound", `The file '${name}' is missing (jobkit asset fault).`);
    }
    const range = parseRange(c.req.header("range"), file.size);
    const start = range?.start ?? 0;
    const end = range?.end ?? file.size - 1;
    const headers: Record<string, string> = {
      "Content-Type": fault?.mode === "mislabel" ? wrongMediaType(file.mediaType) : file.mediaType,
      "Content-Length": String(file.size === 0 ? 0 : end - start + 1),
      "Accept-Ranges": "bytes",
      "Content-Disposition": `attachment; filename="${file.name}"`,
    };
    if (range) headers["Content-Range"] = `bytes ${start}-${end}/${file.size}`;
    if (file.size === 0) return send(c, null, 200, headers);
    let body = bodyOf(file, start, end);
    if (fault?.mode === "corrupt") {
      const stream = body instanceof Uint8Array ? new Blob([body]).stream() : body;
      body = corruptStream(stream, true);
    }
    return send(c, body as ReadableStream<Uint8Array>, range ? 206 : 200, headers);
  });

  return app;
}
