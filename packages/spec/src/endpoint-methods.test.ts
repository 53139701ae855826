import { describe, expect, it } from "vitest";
import { API_VERSIONS } from "./api-versions.js";
import { ENDPOINT_METHODS } from "./endpoint-methods.js";
import { openapiDocumentFor } from "./openapi-documents.js";

type MethodsSchema = { items: { enum: string[] } };
type CapabilitiesSchema = {
  properties: { endpoints: { items: { properties: { methods: MethodsSchema } } } };
};

describe("ENDPOINT_METHODS", () => {
  it.each(API_VERSIONS)("are the endpoint methods enum of the %s contract, in its order", (version) => {
    const { schemas } = openapiDocumentFor(version).components as {
      schemas: { capabilities: CapabilitiesSchema };
    };
    expect(ENDPOINT_METHODS).toEqual(
      schemas.capabilities.properties.endpoints.items.properties.methods.items.enum,
    );
  });
});
