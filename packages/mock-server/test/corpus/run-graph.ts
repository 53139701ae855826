import type { Harness } from "../support.js";

/** An asset of a finished job, downloaded. */
export interface Downloaded {
  name: string;
  type: string;
  bytes: Uint8Array;
  /** The band names the asset's metadata gives (`bands` or `eo:bands`), if any. */
  bands?: string[];
}

interface AssetMetadata {
  href: string;
  type: string;
  bands?: { name: string }[];
  "eo:bands"?: { name: string }[];
}

/** The error messages of a job's log, for a failure's reason. */
async function errorLogs(h: Harness, id: string, headers: Record<string, string>): Promise<string> {
  const logs = (await h.json(`/jobs/${id}/logs`, { headers })).body?.logs ?? [];
  return logs
    .filter((entry: { level: string }) => entry.level === "error")
    .map((entry: { message: string }) => entry.message)
    .join("; ");
}

/**
 * Runs `graph` as a batch job on the in-process mock (virtual clock: one minute is more than the job needs) and
 * downloads every asset. Throws an Error that says where it stopped: create, start, the job's error, or download.
 */
export async function runGraph(h: Harness, graph: Record<string, unknown>): Promise<Downloaded[]> {
  const headers = await h.auth();
  const created = await h.json("/jobs", {
    method: "POST",
    headers: { ...headers, "Content-Type": "application/json" },
    body: JSON.stringify({ process: graph }),
  });
  if (created.status !== 201)
    throw new Error(`create: ${created.status} ${created.body?.code}: ${created.body?.message}`);
  const id = created.headers.get("OpenEO-Identifier") as string;
  const started = await h.request(`/jobs/${id}/results`, { method: "POST", headers });
  if (started.status !== 202) throw new Error(`start: ${started.status} ${await started.text()}`);
  h.mock.clock.advance(60_000);
  const job = (await h.json(`/jobs/${id}`, { headers })).body;
  if (job.status !== "finished") throw new Error(`job ${job.status}: ${await errorLogs(h, id, headers)}`);
  const assets = (await h.json(`/jobs/${id}/results`, { headers })).body.assets as Record<
    string,
    AssetMetadata
  >;
  return Promise.all(
    Object.entries(assets).map(async ([name, asset]) => {
      const response = await h.request(asset.href);
      if (response.status !== 200) throw new Error(`download ${name}: ${response.status}`);
      const bands = (asset.bands ?? asset["eo:bands"])?.map((band) => band.name);
      return { name, type: asset.type, bytes: new Uint8Array(await response.arrayBuffer()), bands };
    }),
  );
}
