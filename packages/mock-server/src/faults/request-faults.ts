import type { Context, MiddlewareHandler } from "hono";
import { OpenEOError } from "../internal/openeo-error.js";
import type { MockEnv } from "../mock-env.js";
import { ConnectionResetError } from "../mock-error.js";
import type { FaultRegistry, FaultTarget } from "./fault-registry.js";
import { malformResponse, overrideResponse, truncateResponse } from "./mutate-response.js";

const DEFAULT_CODES: Record<number, string> = {
  429: "TooManyRequests",
  500: "Internal",
  502: "BadGateway",
  503: "InfrastructureBusy",
  504: "GatewayTimeout",
};

/** Replaces the response without Hono merging the old headers back in. */
function replaceResponse(c: Context, response: Response): void {
  c.res = undefined as unknown as Response;
  c.res = response;
}

/** Applies request-level faults: delay, then error/reset instead of the handler, then response mutations. */
export function requestFaults(
  faults: FaultRegistry,
  targetOf: (c: Context<MockEnv>) => FaultTarget,
): MiddlewareHandler<MockEnv> {
  return async (c, next) => {
    const actions = faults.takeRequestFaults(targetOf(c));
    if (actions.length === 0) return next();
    for (const action of actions) {
      if (action.type === "delay") await new Promise((resolve) => setTimeout(resolve, action.ms));
    }
    for (const action of actions) {
      if (action.type === "reset") {
        c.env?.incoming?.socket.destroy();
        throw new ConnectionResetError();
      }
      if (action.type === "error") {
        const headers: Record<string, string> = {};
        if (action.retryAfter !== undefined) headers["Retry-After"] = String(action.retryAfter);
        throw OpenEOError.custom(
          action.status,
          action.code ?? DEFAULT_CODES[action.status] ?? "Internal",
          action.message ?? `Injected failure (jobkit fault) with status ${action.status}.`,
          { headers },
        );
      }
    }
    await next();
    for (const action of actions) {
      if (action.type === "override") replaceResponse(c, await overrideResponse(c.res, action));
      else if (action.type === "malformed-json") replaceResponse(c, await malformResponse(c.res));
      else if (action.type === "truncate") {
        const socket = c.env?.incoming?.socket;
        replaceResponse(
          c,
          await truncateResponse(c.res, action.bytes, socket && (() => socket.destroySoon())),
        );
      }
    }
  };
}
