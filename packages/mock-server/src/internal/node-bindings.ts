import type { IncomingMessage, ServerResponse } from "node:http";

/** Node's request and response, which @hono/node-server hands a Hono app as its bindings (none in process). */
export type NodeBindings = { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined;

/** Any Hono environment whose bindings are Node's: the mock's, for helpers that read only the request. */
export interface NodeEnv {
  Bindings: NodeBindings;
}
