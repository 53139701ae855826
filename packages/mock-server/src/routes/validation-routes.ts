import type { ProcessRegistry } from "@jobkit/processes";
import { Hono } from "hono";
import { requireUser } from "../auth/require-user.js";
import type { Schema } from "../internal/api-types.js";
import { OpenEOError } from "../internal/openeo-error.js";
import { readJsonBody } from "../internal/read-json-body.js";
import { requestHeader } from "../internal/request-header.js";
import { json } from "../internal/respond.js";
import type { MockContext } from "../mock-context.js";
import type { MockEnv } from "../mock-env.js";
import { analyseProcess } from "../processes/analyse-process.js";
import type { CollectionInfo } from "../processes/collections.js";
import { engine } from "../processes/compute-value.js";
import { loadProjection, needsProjection } from "../processes/crs.js";

type ValidationError = Schema<"validation_result">["errors"][number];

/**
 * What the mock itself would refuse in a process the engine found valid: what `POST /jobs` answers with an
 * error (a format, an extent), and what would fail the run (an unknown collection or band).
 */
function mockProblems(
  process: unknown,
  collections: readonly CollectionInfo[],
  registry: ProcessRegistry,
): ValidationError[] {
  try {
    const plan = analyseProcess(process, collections, registry);
    return plan.runtimeErrors.map(({ code, message }) => ({ code, message }));
  } catch (error) {
    if (!(error instanceof OpenEOError)) throw error;
    return [{ code: error.code, message: error.message }];
  }
}

/**
 * `POST /validation`: 200 with every problem of the process, each `{code, message}` (empty when valid), first
 * the engine's validation (structure, process ids, argument schemas), then the mock's own checks. The process may
 * call the back-end's processes, those of allowed namespace URLs and, when the request is signed in, the user's. Only a
 * request that is wrong as a whole (not JSON, no `process_graph`) is a 4XX, as openEO says.
 */
export function validationRoutes(ctx: MockContext): Hono<MockEnv> {
  const app = new Hono<MockEnv>();
  const auth = requireUser(ctx);
  app.post("/validation", async (c) => {
    // signed in (optional): the process may call the user's own processes
    if (requestHeader(c, "authorization")) await auth(c, async () => {});
    const body = await readJsonBody(c, ctx.options.maxBodyBytes);
    if (!("process_graph" in body)) {
      throw new OpenEOError("ProcessGraphMissing", "The body must be a process with a process_graph object.");
    }
    let registry: ProcessRegistry;
    try {
      registry = await ctx.processes.registryFor(c.get("user")?.name, body);
    } catch (error) {
      if (!(error instanceof OpenEOError)) throw error;
      return json(c, {
        errors: [{ code: error.code, message: error.message }],
      } satisfies Schema<"validation_result">);
    }
    if (needsProjection(body)) await loadProjection();
    const rejections = engine.get().validateProcess(body, { registry });
    const errors: ValidationError[] =
      rejections.length > 0
        ? rejections.map((error) => ({ code: error.openeoCode, message: error.message }))
        : mockProblems(body, ctx.options.collections, registry);
    return json(c, { errors } satisfies Schema<"validation_result">);
  });
  return app;
}
