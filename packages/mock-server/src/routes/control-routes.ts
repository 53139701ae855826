import { timingSafeEqual } from "node:crypto";
import { Hono } from "hono";
import { OpenEOError } from "../internal/openeo-error.js";
import { readJsonBody } from "../internal/read-json-body.js";
import { empty, json } from "../internal/respond.js";
import type { StoreHandle } from "../jobs/store-handle.js";
import type { MockContext } from "../mock-context.js";
import type { MockEnv } from "../mock-env.js";
import { FaultInvalidError, JobkitMockError } from "../mock-error.js";
import { singleQuery } from "./route-helpers.js";

/** The reserved prefix of the control API; never listed in the capabilities, never journaled or faulted. */
export const CONTROL_PREFIX = "/_jobkit";

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The control API for tests and people: clock, faults, journal, jobs, reset, device codes. */
export function controlRoutes(ctx: MockContext, store: StoreHandle, reset: () => void): Hono<MockEnv> {
  const app = new Hono<MockEnv>();
  const controlToken = ctx.options.controlToken;

  if (controlToken !== undefined) {
    app.use(`${CONTROL_PREFIX}/*`, async (c, next) => {
      const given = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "")?.[1];
      if (!given || !sameSecret(given, controlToken)) {
        throw new OpenEOError(
          "AuthenticationRequired",
          "The control API needs Authorization: Bearer <control token> (the --control-token the mock was started with).",
        );
      }
      await next();
    });
  }

  app.get(`${CONTROL_PREFIX}/clock`, (c) =>
    json(c, {
      now: ctx.clock.now(),
      time: new Date(ctx.clock.now()).toISOString(),
      mode: ctx.options.timing.mode,
    }),
  );

  app.post(`${CONTROL_PREFIX}/clock/advance`, async (c) => {
    const body = await readJsonBody(c, ctx.options.maxBodyBytes, { anyContentType: true });
    const invalid = () =>
      new OpenEOError(
        "RequestInvalid",
        'Send {"ms": n} with a number n ≥ 0 that keeps the clock before the year 10000.',
      );
    if (typeof body.ms !== "number") throw invalid();
    try {
      ctx.clock.advance(body.ms);
    } catch (error) {
      if (error instanceof JobkitMockError && error.code === "ClockAdvanceInvalid") throw invalid();
      throw error;
    }
    return json(c, { now: ctx.clock.now(), time: new Date(ctx.clock.now()).toISOString() });
  });

  app.get(`${CONTROL_PREFIX}/faults`, (c) => json(c, { faults: ctx.faults.list() }));

  app.post(`${CONTROL_PREFIX}/faults`, async (c) => {
    const body = await readJsonBody(c, ctx.options.maxBodyBytes, { anyContentType: true });
    try {
      return json(c, { id: ctx.faults.add(body as never) }, 201);
    } catch (error) {
      if (error instanceof FaultInvalidError)
        throw new OpenEOError("FaultInvalid", error.message, { cause: error });
      throw error;
    }
  });

  app.delete(`${CONTROL_PREFIX}/faults`, (c) => {
    ctx.faults.clear();
    return empty(c, 204);
  });

  app.delete(`${CONTROL_PREFIX}/faults/:id`, (c) => {
    const id = c.req.param("id");
    if (!ctx.faults.remove(id)) throw new OpenEOError("NotFound", `No fault '${id}' is installed.`);
    return empty(c, 204);
  });

  app.get(`${CONTROL_PREFIX}/journal`, (c) => json(c, { entries: ctx.journal.entries() }));

  app.delete(`${CONTROL_PREFIX}/journal`, (c) => {
    ctx.journal.clear();
    return empty(c, 204);
  });

  app.get(`${CONTROL_PREFIX}/jobs`, (c) => {
    const user = singleQuery(c, "user");
    if (user !== undefined && !ctx.users.byName(user))
      throw new OpenEOError(
        "RequestInvalid",
        `No user '${user}' is configured; ask for one of the mock's users.`,
      );
    return json(c, { jobs: store.list(user) });
  });

  app.get(`${CONTROL_PREFIX}/oidc/device`, (c) => json(c, { authorizations: ctx.idp.devices.list() }));

  app.post(`${CONTROL_PREFIX}/oidc/device/:action{approve|deny|expire}`, async (c) => {
    const body = await readJsonBody(c, ctx.options.maxBodyBytes, { anyContentType: true });
    const action = c.req.param("action") as "approve" | "deny" | "expire";
    if (typeof body.user_code !== "string") {
      throw new OpenEOError(
        "RequestInvalid",
        'Send {"user_code": "XXXX-XXXX", "user"?: name} (user only for approve).',
      );
    }
    const name = typeof body.user === "string" ? body.user : ctx.options.users[0]?.name;
    const user = name === undefined ? undefined : ctx.users.byName(name);
    if (action === "approve" && !user) throw new OpenEOError("RequestInvalid", `Unknown user '${name}'.`);
    const decided = ctx.idp.devices.decide(
      body.user_code,
      action === "approve" ? { kind: "approve", user: user as NonNullable<typeof user> } : { kind: action },
    );
    if (!decided)
      throw new OpenEOError("NotFound", `No pending device code has the user code '${body.user_code}'.`);
    return empty(c, 204);
  });

  app.post(`${CONTROL_PREFIX}/reset`, (c) => {
    reset();
    return empty(c, 204);
  });

  return app;
}
