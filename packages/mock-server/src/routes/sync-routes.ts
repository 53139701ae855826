import type { ProcessGraph, ProcessRegistry } from "@jobkit/processes";
import { Hono } from "hono";
import { requireUser } from "../auth/require-user.js";
import { charge } from "../auth/user-registry.js";
import { OpenEOError } from "../internal/openeo-error.js";
import { readJsonBody } from "../internal/read-json-body.js";
import { assertValidRequestBody } from "../internal/request-validator.js";
import { json, send } from "../internal/respond.js";
import { estimateCosts, isoTime } from "../jobs/job-lifecycle.js";
import { parseJobBody } from "../jobs/parse-job-body.js";
import type { MockContext } from "../mock-context.js";
import type { MockEnv } from "../mock-env.js";
import type { ExecutionPlan } from "../processes/analyse-process.js";
import { computeValue, engine, savesResult } from "../processes/compute-value.js";
import { computeSaves } from "../results/compute-saves.js";
import { rasterWriters } from "../results/raster-writers.js";
import { renderResults } from "../results/render-results.js";
import { userRegistry } from "./route-helpers.js";

/** How many synchronous runs keep their logs for the `monitor` link. */
const KEPT_RUNS = 1000;

type SyncOutput = {
  bytes: Uint8Array;
  mediaType: string;
  logs: { level: "info" | "warning"; message: string }[];
};

function warningLogs(warnings: readonly string[]): SyncOutput["logs"] {
  return warnings.map((message) => ({ level: "warning", message }));
}

/** The first file of the first `save_result` of a graph that saves its result, run through the engine. */
function savedOutput(
  process: { process_graph: Record<string, unknown> },
  execution: ExecutionPlan,
  registry: ProcessRegistry,
  ctx: MockContext,
): SyncOutput {
  const graph = process.process_graph as ProcessGraph;
  const { saves, warnings } = ctx.results.saves(graph, registry, () =>
    computeSaves(graph, ctx.options.collections, registry, ctx.options),
  );
  const first = saves.slice(0, 1);
  const [output] = renderResults(first, { bbox: execution.bbox }, ctx.results);
  const file = output as NonNullable<typeof output>;
  return {
    bytes: file.bytes ?? new Uint8Array(),
    mediaType: file.mediaType,
    logs: [
      ...warningLogs(warnings),
      { level: "info", message: `Processed synchronously into ${file.name}.` },
    ],
  };
}

/**
 * What `POST /result` answers: the first file of a graph that saves its result (the first date of a GTiff over
 * time), or else the value of its result node as JSON; both computed by `@jobkit/processes`.
 */
function syncOutput(
  process: { process_graph: Record<string, unknown> },
  execution: ExecutionPlan,
  registry: ProcessRegistry,
  ctx: MockContext,
): SyncOutput {
  if (savesResult(process.process_graph)) return savedOutput(process, execution, registry, ctx);
  const { value, warnings } = computeValue(
    process.process_graph as ProcessGraph,
    ctx.options.collections,
    registry,
    ctx.options,
  );
  return {
    bytes: new TextEncoder().encode(engine.get().jsonOfValue(value)),
    mediaType: "application/json",
    logs: [
      ...warningLogs(warnings),
      { level: "info", message: "Computed the value of the result node synchronously." },
    ],
  };
}

/** `POST /result` (synchronous processing) and `GET /result/logs/{request_id}` (its `monitor` link). */
export function syncRoutes(ctx: MockContext): Hono<MockEnv> {
  const app = new Hono<MockEnv>();
  const auth = requireUser(ctx);
  const runs = ctx.syncRuns;

  app.post("/result", auth, async (c) => {
    const body = await readJsonBody(c, ctx.options.maxBodyBytes);
    const fields = await parseJobBody(body, true, ctx.options.collections, userRegistry(ctx, c));
    assertValidRequestBody("POST", "/result", body);
    const execution = fields.execution as NonNullable<typeof fields.execution>;
    const problem = execution.runtimeErrors[0];
    if (problem) throw new OpenEOError(problem.code, problem.message);
    const user = c.get("user");
    const costs = estimateCosts(execution);
    if (user.credit <= 0) {
      throw new OpenEOError(
        "PaymentRequired",
        `Processing costs ${costs} credits; user '${user.name}' cannot pay for it.`,
      );
    }
    await rasterWriters.load();
    const requestId = ctx.ids.syncRequestId();
    const process = fields.process as { process_graph: Record<string, unknown> };
    const output = syncOutput(process, execution, fields.registry as ProcessRegistry, ctx);
    charge(user, costs);
    const time = isoTime(ctx.clock.now());
    runs.set(requestId, {
      owner: user.name,
      logs: output.logs.map((log, index) => ({ id: String(index + 1), ...log, time })),
    });
    if (runs.size > KEPT_RUNS) runs.delete(runs.keys().next().value as string);
    return send(c, output.bytes as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": output.mediaType,
      "Content-Length": String(output.bytes.byteLength),
      "OpenEO-Costs": String(costs),
      Link: `<${ctx.base(c)}/result/logs/${requestId}>; rel="monitor"`,
      ...(c.get("api").version === "1.3.0" ? { "OpenEO-Identifier": requestId } : {}),
    });
  });

  app.get("/result/logs/:request_id", auth, (c) => {
    const id = c.req.param("request_id");
    const run = runs.get(id);
    if (!run || run.owner !== c.get("user").name) {
      throw new OpenEOError(
        "NotFound",
        `No synchronous run '${id}' is known (only the last ${KEPT_RUNS} are kept).`,
      );
    }
    return json(c, { level: "info", logs: run.logs, links: [] });
  });

  return app;
}
