/**
 * The baseline: a raw node:http server doing the same work as the mock for the benchmarked requests —
 * bearer-token lookup, job lookup and JSON view, JSON body parsing and job creation with the same headers,
 * and a Content-Length download piped from the same synthetic block stream.
 */
import { createServer } from "node:http";
import { Readable } from "node:stream";
import { largeAssetStream } from "../../src/results/outputs/large-asset.js";
import { saveResultGraph } from "../../test/support.js";
import { trackPeakRss } from "./peak-rss.js";

const large = process.env.BENCH_LARGE_BYTES ? Number(process.env.BENCH_LARGE_BYTES) : 0;
const token = "0123456789abcdef0123456789abcdef";
const CORS = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers":
    "Location, OpenEO-Identifier, OpenEO-Costs, Link, Content-Length, Content-Range, Accept-Ranges, Retry-After",
};
const tokens = new Map([[token, "alice"]]);
const jobs = new Map<string, Record<string, unknown>>();
let counter = 0;
const peak = trackPeakRss();

function createJob(owner: string, process: unknown): string {
  counter += 1;
  const id = `j-${counter.toString(16).padStart(16, "0")}`;
  const now = new Date().toISOString();
  jobs.set(id, {
    id,
    owner,
    title: null,
    description: null,
    status: "created",
    progress: 0,
    created: now,
    updated: now,
    plan: "free",
    budget: null,
    log_level: "info",
    process,
  });
  return id;
}
const firstJob = createJob("alice", saveResultGraph());

const server = createServer((req, res) => {
  const url = req.url ?? "/";
  if (url === "/__bench/rss") {
    res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(peak()));
    return;
  }
  if (url.startsWith("/download/")) {
    res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": String(large) });
    Readable.fromWeb(largeAssetStream(large, 1, 0, large) as never).pipe(res);
    return;
  }
  const user = tokens.get((req.headers.authorization ?? "").replace("Bearer basic//", ""));
  if (!user) {
    res.writeHead(403, { "Content-Type": "application/json" }).end('{"code":"TokenInvalid","message":"no"}');
    return;
  }
  if (req.method === "GET" && url.startsWith("/jobs/")) {
    const job = jobs.get(url.slice(6));
    if (!job || job.owner !== user) {
      res.writeHead(404, { "Content-Type": "application/json" }).end('{"code":"JobNotFound","message":"no"}');
      return;
    }
    const { owner: _owner, ...view } = job;
    res.writeHead(200, { ...CORS, "content-type": "application/json" }).end(JSON.stringify(view));
    return;
  }
  if (req.method === "POST" && url === "/jobs") {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        process?: { process_graph?: unknown };
      };
      if (typeof body.process?.process_graph !== "object") {
        res
          .writeHead(400, { "Content-Type": "application/json" })
          .end('{"code":"ProcessGraphMissing","message":"no"}');
        return;
      }
      const id = createJob(user, structuredClone(body.process));
      res
        .writeHead(201, {
          ...CORS,
          Location: `http://127.0.0.1/jobs/${id}`,
          "OpenEO-Identifier": id,
          "Content-Length": "0",
        })
        .end();
    });
    return;
  }
  res.writeHead(404).end();
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address() as { port: number };
  console.log(
    JSON.stringify({
      port: address.port,
      token,
      jobId: firstJob,
      largeHref: `http://127.0.0.1:${address.port}/download/large.bin`,
    }),
  );
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
