import type { Account } from "./auth/user-registry.js";
import type { NodeBindings, NodeEnv } from "./internal/node-bindings.js";
import type { ServedApi } from "./options.js";

/**
 * Hono environment of the mock: the signed-in user, the API version of the request's tree, and Node's
 * request/response when served by @hono/node-server.
 */
export interface MockEnv extends NodeEnv {
  Variables: { user: Account; api: ServedApi };
  Bindings: NodeBindings;
}
