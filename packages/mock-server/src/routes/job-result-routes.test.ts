import { describe, expect, it } from "vitest";
import { harness, ONE_DATE_TIFF, saveResultGraph } from "../../test/support.js";

describe("starting, results and cancel", () => {
  it("starts with 202 and is idempotent while queued and running", async () => {
    const h = harness();
    const { id, headers, status } = await h.startJob();
    expect(status).toBe(202);
    expect((await h.request(`/jobs/${id}/results`, { method: "POST", headers })).status).toBe(202);
    expect(h.mock.store.get(id)?.queued).toBe("2025-01-01T00:00:00.000Z");
    h.mock.clock.advance(1200);
    expect((await h.request(`/jobs/${id}/results`, { method: "POST", headers })).status).toBe(202);
    const job = h.mock.store.get(id);
    expect(job).toMatchObject({ status: "running", started: "2025-01-01T00:00:01.000Z" });
    expect(job?.logs.filter((entry) => entry.message.startsWith("Job queued"))).toHaveLength(1);
  });

  it("answers 402 PaymentRequired to a user without credit, and the job stays created", async () => {
    const h = harness();
    const broke = await h.startJob(undefined, "broke");
    expect(broke.status).toBe(402);
    const refused = await h.json(`/jobs/${broke.id}/results`, { method: "POST", headers: broke.headers });
    expect(refused.body.code).toBe("PaymentRequired");
    expect(h.mock.store.get(broke.id)?.status).toBe("created");
  });

  it("charges the costs of a finished job to the user's credit", async () => {
    const h = harness();
    const { id, headers } = await h.startJob();
    h.mock.clock.advance(4000);
    const job = (await h.json(`/jobs/${id}`, { headers })).body;
    expect(job.status).toBe("finished");
    expect(job.usage).toMatchObject({
      cpu: { unit: "cpu-seconds" },
      duration: { value: 3, unit: "seconds" },
    });
    expect((await h.json("/me", { headers })).body.budget).toBe(1000 - job.costs);
  });

  it("answers JobNotFinished before the end and openeo:status with partial=true", async () => {
    const h = harness();
    const created = await h.createJob();
    const headers = await h.auth();
    const early = await h.json(`/jobs/${created}/results`, { headers });
    expect([early.status, early.body.code]).toEqual([400, "JobNotFinished"]);
    expect((await h.json(`/jobs/${created}/results?partial=true`, { headers })).body.code).toBe(
      "JobNotFinished",
    );
    await h.request(`/jobs/${created}/results`, { method: "POST", headers });
    expect((await h.json(`/jobs/${created}/results`, { headers })).body.code).toBe("JobNotFinished");
    const partial = await h.json(`/jobs/${created}/results?partial=true`, { headers });
    expect(partial.status).toBe(200);
    expect(partial.body.properties["openeo:status"]).toBe("running");
    expect(partial.body.assets).toEqual({});
    expect((await h.json(`/jobs/${created}/results?partial=maybe`, { headers })).body.code).toBe(
      "RequestInvalid",
    );
    h.mock.clock.advance(4000);
    const done = await h.json(`/jobs/${created}/results?partial=true`, { headers });
    expect(done.body.properties["openeo:status"]).toBe("finished");
    const plain = await h.json(`/jobs/${created}/results`, { headers });
    expect(plain.body.properties).not.toHaveProperty("openeo:status");
    expect(plain.headers.get("content-type")).toBe("application/geo+json");
    expect(plain.headers.get("openeo-costs")).toBe("0");
  });

  it("describes results as a STAC 1.0.0 Item with signed, expiring, absolute asset links", async () => {
    const h = harness();
    const { id, headers } = await h.startJob();
    h.mock.clock.advance(4000);
    const { body } = await h.json(`/jobs/${id}/results`, { headers });
    expect(body).toMatchObject({ stac_version: "1.0.0", type: "Feature", id, bbox: [5, 50, 5.5, 50.25] });
    expect(body.geometry.coordinates[0]).toHaveLength(5);
    expect(body.properties).toMatchObject({
      datetime: "2021-01-01T00:00:00.000Z",
      expires: "2025-01-01T01:00:04.000Z",
    });
    const asset = body.assets[ONE_DATE_TIFF];
    expect(asset).toMatchObject({
      type: "image/tiff; application=geotiff",
      roles: ["data"],
      title: "GeoTIFF result",
    });
    expect(asset.href).toMatch(
      /^http:\/\/localhost\/download\/j-[0-9a-f]+\/\d+\/[0-9a-f]{32}\/openEO_2021-01-01Z\.tif$/,
    );
    expect(asset["file:size"]).toBeGreaterThan(1000);
    expect(asset["file:checksum"]).toMatch(/^1220[0-9a-f]{64}$/);
    expect(body.links.map((l: { rel: string }) => l.rel)).toEqual(["self", "canonical"]);
  });

  it("answers a STAC Collection when results.type is Collection", async () => {
    const h = harness({ timing: { mode: "virtual" }, results: { type: "Collection" } });
    const { id, headers } = await h.startJob();
    h.mock.clock.advance(4000);
    const { body, headers: answer } = await h.json(`/jobs/${id}/results`, { headers });
    expect(answer.get("content-type")).toBe("application/json");
    expect(body).toMatchObject({
      type: "Collection",
      license: "proprietary",
      extent: { spatial: { bbox: [[5, 50, 5.5, 50.25]] } },
    });
    expect(Object.keys(body.assets)).toEqual([ONE_DATE_TIFF]);
  });

  it("answers 424 with the failure for a job in error, and partial results with openeo:status error", async () => {
    const h = harness();
    const { id, headers } = await h.startJob({ process: saveResultGraph("GTiff", "NOT_A_COLLECTION") });
    h.mock.clock.advance(4000);
    const failed = await h.json(`/jobs/${id}/results`, { headers });
    expect([failed.status, failed.body.code]).toEqual([424, "CollectionNotFound"]);
    const partial = await h.json(`/jobs/${id}/results?partial=true`, { headers });
    expect(partial.body.properties["openeo:status"]).toBe("error");
  });

  it("cancels a running job to canceled and a queued one to created (default)", async () => {
    const h = harness();
    const running = await h.startJob();
    const queued = await h.startJob();
    h.mock.clock.advance(500);
    const queuedAgain = await h.startJob();
    h.mock.clock.advance(600);
    expect(h.mock.store.get(running.id)?.status).toBe("running");
    expect(
      (await h.request(`/jobs/${running.id}/results`, { method: "DELETE", headers: running.headers })).status,
    ).toBe(204);
    expect(h.mock.store.get(running.id)?.status).toBe("canceled");
    expect(h.mock.store.get(queuedAgain.id)?.status).toBe("queued");
    await h.request(`/jobs/${queuedAgain.id}/results`, { method: "DELETE", headers: queuedAgain.headers });
    expect(h.mock.store.get(queuedAgain.id)?.status).toBe("created");
    h.mock.clock.advance(10_000);
    expect(h.mock.store.get(running.id)?.status).toBe("canceled");
    expect(h.mock.store.get(queuedAgain.id)?.status).toBe("created");
    expect(h.mock.store.get(queued.id)?.status).toBe("finished");
    expect(
      (await h.request(`/jobs/${queued.id}/results`, { method: "DELETE", headers: queued.headers })).status,
    ).toBe(204);
    expect(h.mock.store.get(queued.id)?.status).toBe("finished");
    const canceled = await h.json(`/jobs/${running.id}/results?partial=true`, { headers: running.headers });
    expect(canceled.body.properties["openeo:status"]).toBe("canceled");
  });

  it("cancels a queued job to canceled with cancelQueued: canceled", async () => {
    const h = harness({ timing: { mode: "virtual" }, cancelQueued: "canceled" });
    const { id, headers } = await h.startJob();
    await h.request(`/jobs/${id}/results`, { method: "DELETE", headers });
    expect(h.mock.store.get(id)?.status).toBe("canceled");
  });

  it("restarts finished, failed and canceled jobs; restartFinished: false keeps a finished job", async () => {
    const h = harness();
    const { id, headers } = await h.startJob();
    h.mock.clock.advance(4000);
    await h.request(`/jobs/${id}/results`, { method: "POST", headers });
    expect(h.mock.store.get(id)).toMatchObject({ status: "queued", files: [] });
    const keep = harness({ timing: { mode: "virtual" }, restartFinished: false });
    const kept = await keep.startJob();
    keep.mock.clock.advance(4000);
    expect(
      (await keep.request(`/jobs/${kept.id}/results`, { method: "POST", headers: kept.headers })).status,
    ).toBe(202);
    expect(keep.mock.store.get(kept.id)?.status).toBe("finished");
  });
});

describe("logs and estimate", () => {
  it("pages logs with offset, level and limit and next links", async () => {
    const h = harness();
    const { id, headers } = await h.startJob({ process: saveResultGraph("GTiff", "NOT_A_COLLECTION") });
    h.mock.clock.advance(4000);
    const all = (await h.json(`/jobs/${id}/logs`, { headers })).body;
    expect(all.level).toBe("info");
    expect(all.logs.map((e: { id: string; level: string }) => `${e.id}:${e.level}`)).toEqual([
      "1:info",
      "2:info",
      "3:info",
      "4:error",
    ]);
    for (const entry of all.logs) expect(entry.time).toMatch(/^2025-01-01T00:00:0\d\.000Z$/);
    expect(
      (await h.json(`/jobs/${id}/logs?offset=2`, { headers })).body.logs.map((e: { id: string }) => e.id),
    ).toEqual(["3", "4"]);
    expect((await h.json(`/jobs/${id}/logs?offset=`, { headers })).body.logs).toHaveLength(4);
    const errors = (await h.json(`/jobs/${id}/logs?level=error`, { headers })).body;
    expect(errors.level).toBe("error");
    expect(errors.logs.map((e: { id: string }) => e.id)).toEqual(["4"]);
    const first = (await h.json(`/jobs/${id}/logs?limit=3`, { headers })).body;
    expect(first.logs).toHaveLength(3);
    const next = first.links.find((l: { rel: string }) => l.rel === "next").href;
    expect(next).toBe(`http://localhost/jobs/${id}/logs?offset=3&limit=3`);
    const second = (await h.json(next.replace("http://localhost", ""), { headers })).body;
    expect(second.logs.map((e: { id: string }) => e.id)).toEqual(["4"]);
    expect(second.links).toEqual([]);
    for (const bad of ["level=loud", "offset=99", "limit=0"]) {
      expect((await h.json(`/jobs/${id}/logs?${bad}`, { headers })).body.code, bad).toBe("RequestInvalid");
    }
  });

  it("keeps only entries at or above the job's log_level", async () => {
    const h = harness();
    const { id, headers } = await h.startJob({
      process: saveResultGraph("GTiff", "NOT_A_COLLECTION"),
      log_level: "error",
    });
    h.mock.clock.advance(4000);
    const logs = (await h.json(`/jobs/${id}/logs`, { headers })).body;
    expect(logs.level).toBe("error");
    expect(logs.logs.map((e: { level: string }) => e.level)).toEqual(["error"]);
  });

  it("estimates costs, duration and size, and answers EstimateComplexity for a job that cannot run", async () => {
    const h = harness();
    const id = await h.createJob();
    const headers = await h.auth();
    const estimate = (await h.json(`/jobs/${id}/estimate`, { headers })).body;
    expect(estimate).toMatchObject({ duration: "PT4S", downloads_included: null });
    expect(estimate.costs).toBeGreaterThan(1);
    await h.request(`/jobs/${id}/results`, { method: "POST", headers });
    h.mock.clock.advance(4000);
    const job = h.mock.store.get(id);
    expect(estimate.costs).toBe(job?.costs);
    const written = job?.files[0]?.size as number; // estimated from the plan: the engine does not run for it
    expect(estimate.size / written).toBeGreaterThan(0.1);
    expect(estimate.size / written).toBeLessThan(10);
    const failing = await h.createJob({ process: saveResultGraph("GTiff", "NOT_A_COLLECTION") });
    const refused = await h.json(`/jobs/${failing}/estimate`, { headers });
    expect([refused.status, refused.body.code]).toEqual([500, "EstimateComplexity"]);
  });
});
