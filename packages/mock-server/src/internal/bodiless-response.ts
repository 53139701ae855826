import { ServerResponse } from "node:http";

const NO_BODY_STATUSES = new Set([204, 304]);

/**
 * The Node response class the CLI serves with. @hono/node-server labels every answer without a Content-Type
 * as `text/plain`; answers without a body (204, or `Content-Length: 0` as on 201/202) should carry none.
 */
export class BodilessAwareResponse extends ServerResponse {}

const writeHead = ServerResponse.prototype.writeHead;
Object.defineProperty(BodilessAwareResponse.prototype, "writeHead", {
  value: function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    const headers = rest[rest.length - 1];
    if (headers && typeof headers === "object" && !Array.isArray(headers)) {
      const record = headers as Record<string, unknown>;
      if (NO_BODY_STATUSES.has(statusCode) || record["content-length"] === "0") delete record["content-type"];
    }
    return Reflect.apply(writeHead, this, [statusCode, ...rest]);
  },
});
