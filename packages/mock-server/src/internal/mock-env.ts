import type { IncomingMessage, ServerResponse } from "node:http";
import type { Account } from "../auth/user-registry.js";

/** Hono environment of the mock: the signed-in user, and Node's request/response when served by @hono/node-server. */
export interface MockEnv {
  Variables: { user: Account };
  Bindings: { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined;
}
