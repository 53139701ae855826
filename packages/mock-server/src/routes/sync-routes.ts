import { Hono } from "hono";
import { requireUser } from "../auth/require-user.js";
import { charge } from "../auth/user-registry.js";
import type { MockContext } from "../internal/mock-context.js";
import type { MockEnv } from "../internal/mock-env.js";
import { OpenEOError } from "../internal/openeo-error.js";
import { readJsonBody } from "../internal/read-json-body.js";
import { assertValidRequestBody } from "../internal/request-validator.js";
import { json, send } from "../internal/respond.js";
import { estimateCosts, isoTime } from "../jobs/job-lifecycle.js";
import { parseJobBody } from "../jobs/parse-job-body.js";
import { rasterWriters } from "../results/raster-writers.js";
import { renderResults } from "../results/render-results.js";

/** How many synchronous runs keep their logs for the `monitor` link. */
const KEPT_RUNS = 1000;

/** `POST /result` (synchronous processing) and `GET /result/logs/{request_id}` (its `monitor` link). */
export function syncRoutes(ctx: MockContext): Hono<MockEnv> {
  const app = new Hono<MockEnv>();
  const auth = requireUser(ctx);
  const runs = ctx.syncRuns;

  app.post("/result", auth, async (c) => {
    const body = await readJsonBody(c, ctx.options.maxBodyBytes);
    const fields = await parseJobBody(body, true, ctx.options.collections);
    assertValidRequestBody("POST", "/result", body);
    const execution = fields.execution as NonNullable<typeof fields.execution>;
    const problem = execution.runtimeErrors[0];
    if (problem) throw new OpenEOError(problem.code, problem.message);
    const user = c.get("user");
    const costs = estimateCosts(execution);
    if (user.credit <= 0 || (fields.budget != null && fields.budget < costs)) {
      throw new OpenEOError(
        "PaymentRequired",
        `Processing costs ${costs} credits; user '${user.name}' cannot pay for it.`,
      );
    }
    await rasterWriters.load();
    const requestId = ctx.ids.syncRequestId();
    const [file] = renderResults(execution, ctx.outputSeed, requestId, undefined);
    const output = file as NonNullable<typeof file>;
    charge(user, costs);
    const time = isoTime(ctx.clock.now());
    runs.set(requestId, {
      owner: user.name,
      logs: [{ id: "1", level: "info", message: `Processed synchronously into ${output.name}.`, time }],
    });
    if (runs.size > KEPT_RUNS) runs.delete(runs.keys().next().value as string);
    return send(c, output.bytes as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": output.mediaType,
      "Content-Length": String(output.size),
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
