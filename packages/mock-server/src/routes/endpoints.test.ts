import { API_VERSIONS, openapiDocumentFor } from "@jobkit/spec";
import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "./endpoints.js";

const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** `METHOD /path` of every operation of one version's contract. */
function contractOperations(version: (typeof API_VERSIONS)[number]): string[] {
  const paths = openapiDocumentFor(version).paths as Record<string, Record<string, unknown>>;
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => HTTP_METHODS.has(key))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

const LISTED = ENDPOINTS.flatMap(({ path, methods }) => methods.map((method) => `${method} ${path}`));

describe("ENDPOINTS", () => {
  it.each(API_VERSIONS)(
    "lists every operation of the %s contract but the discovery, and no other",
    (version) => {
      const operations = contractOperations(version);
      expect(LISTED.filter((operation) => !operations.includes(operation))).toEqual([]);
      expect(operations.filter((operation) => !LISTED.includes(operation))).toEqual([
        "GET /.well-known/openeo",
      ]);
    },
  );
});
