import { describe, expect, it } from "vitest";
import { API_VERSIONS } from "./api-versions.js";
import { LOG_LEVELS } from "./log-levels.js";
import { openapiDocumentFor } from "./openapi-documents.js";

describe("LOG_LEVELS", () => {
  it.each(API_VERSIONS)("are the log_level enum of the %s contract, in its order", (version) => {
    const { schemas } = openapiDocumentFor(version).components as {
      schemas: { log_level: { enum: string[] } };
    };
    expect(LOG_LEVELS).toEqual(schemas.log_level.enum);
  });
});
