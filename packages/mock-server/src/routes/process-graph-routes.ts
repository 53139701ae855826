import { Hono } from "hono";
import { requireUser } from "../auth/require-user.js";
import type { Schema } from "../internal/api-types.js";
import { OpenEOError } from "../internal/openeo-error.js";
import { readJsonBody } from "../internal/read-json-body.js";
import { assertValidRequestBody } from "../internal/request-validator.js";
import { empty, json } from "../internal/respond.js";
import type { MockContext } from "../mock-context.js";
import type { MockEnv } from "../mock-env.js";
import { storeUserProcess } from "../processes/store-user-process.js";
import type { StoredProcess } from "../processes/stored-process.js";
import { listPage } from "./route-helpers.js";

type ProcessListItem = Schema<"user_defined_process_list">["processes"][number];

function notFound(id: string): OpenEOError {
  return OpenEOError.custom(404, "ProcessGraphNotFound", `User-defined process '${id}' does not exist.`);
}

/** A stored process as `GET /process_graphs` lists it: its description, without its graph. */
function listItem({ process_graph: _graph, ...description }: StoredProcess): ProcessListItem {
  return description as ProcessListItem;
}

/** `GET /process_graphs` and `GET`, `PUT`, `DELETE /process_graphs/{id}`: each user's own user-defined processes. */
export function processGraphRoutes(ctx: MockContext): Hono<MockEnv> {
  const app = new Hono<MockEnv>();
  const auth = requireUser(ctx);
  const own = (c: { get(key: "user"): { name: string } }) => ctx.processes.userProcesses(c.get("user").name);

  app.get("/process_graphs", auth, (c) => {
    const processes = [...own(c).values()].map(listItem);
    const { items, links } = listPage(c, `${ctx.base(c)}/process_graphs`, processes);
    return json(c, { processes: items, links } satisfies Schema<"user_defined_process_list">);
  });

  app.get("/process_graphs/:process_graph_id", auth, (c) => {
    const id = c.req.param("process_graph_id");
    const process = own(c).get(id);
    if (!process) throw notFound(id);
    return json(c, process);
  });

  app.put("/process_graphs/:process_graph_id", auth, async (c) => {
    const id = c.req.param("process_graph_id");
    const body = await readJsonBody(c, ctx.options.maxBodyBytes);
    if (!/^\w+$/.test(id))
      throw new OpenEOError(
        "RequestInvalid",
        `A user-defined process id is letters, digits and _, got '${id}'.`,
      );
    if (!("process_graph" in body))
      throw new OpenEOError("ProcessGraphMissing", `The user-defined process '${id}' needs a process_graph.`);
    assertValidRequestBody("PUT", "/process_graphs/{process_graph_id}", body);
    await storeUserProcess(ctx.processes, c.get("user").name, id, body);
    return empty(c, 200);
  });

  app.delete("/process_graphs/:process_graph_id", auth, (c) => {
    const id = c.req.param("process_graph_id");
    if (!ctx.processes.deleteUserProcess(c.get("user").name, id)) throw notFound(id);
    return empty(c, 204);
  });

  return app;
}
