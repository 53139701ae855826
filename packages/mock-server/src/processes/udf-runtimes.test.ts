import { API_VERSIONS, createSchemaValidator } from "@jobkit/spec";
import { describe, expect, it } from "vitest";
import { harness } from "../../test/support.js";

type Runtime = { type: string; default: string; versions: Record<string, { libraries: object }> };

describe("GET /udf_runtimes", () => {
  it.each(API_VERSIONS)(
    "lists Python and R with versions and libraries, valid under %s, without auth",
    async (version) => {
      const h = harness({ apiVersion: version });
      const { status, body, headers } = await h.json("/udf_runtimes");
      expect(status).toBe(200);
      expect(Object.keys(body)).toEqual(["Python", "R"]);
      for (const runtime of Object.values(body) as Runtime[]) {
        expect(runtime.type).toBe("language");
        expect(Object.keys(runtime.versions)).toContain(runtime.default);
        for (const { libraries } of Object.values(runtime.versions))
          expect(Object.keys(libraries).length).toBeGreaterThan(0);
      }
      const problems = createSchemaValidator(version).validateResponse({
        method: "GET",
        path: "/udf_runtimes",
        status,
        headers: Object.fromEntries(headers),
        body,
      });
      expect(problems).toEqual([]);
      expect((await h.json("/")).body.endpoints).toContainEqual({ path: "/udf_runtimes", methods: ["GET"] });
    },
  );
});
