import { describe, expectTypeOf, it } from "vitest";
import type { components, operations, paths, V1_2_0 } from "../src/index.js";

type Schemas = components["schemas"];

describe("generated types", () => {
  it("type POST /jobs: a job_create body and a 201 with Location and OpenEO-Identifier headers", () => {
    type Create = paths["/jobs"]["post"];
    expectTypeOf<Create["requestBody"]>().toEqualTypeOf<{
      content: { "application/json": Schemas["job_create"] };
    }>();
    expectTypeOf<Create["responses"][201]["headers"]["Location"]>().toEqualTypeOf<string>();
    expectTypeOf<Create["responses"][201]["headers"]["OpenEO-Identifier"]>().toEqualTypeOf<
      Schemas["job_id"]
    >();
    expectTypeOf<Create["responses"][201]>().toHaveProperty("content").toEqualTypeOf<undefined>();
  });

  it("type job_create's nullable title, description, plan and budget", () => {
    expectTypeOf<Schemas["job_create"]["title"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Schemas["job_create"]["description"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Schemas["job_create"]["plan"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Schemas["job_create"]["budget"]>().toEqualTypeOf<number | null | undefined>();
  });

  it("type the job status as the six-value union", () => {
    expectTypeOf<Schemas["batch_job"]["status"]>().toEqualTypeOf<
      "created" | "queued" | "running" | "canceled" | "finished" | "error"
    >();
  });

  it("type GET /jobs/{job_id}/logs with its path and query parameters", () => {
    type Parameters = operations["debug-job"]["parameters"];
    expectTypeOf<Parameters["path"]>().toEqualTypeOf<{ job_id: Schemas["job_id"] }>();
    expectTypeOf<Parameters["query"]>().toEqualTypeOf<
      { offset?: string; level?: Schemas["log_level"]; limit?: number } | undefined
    >();
  });

  it("type GET /jobs/{job_id}/results as an Item or a Collection, and 424 as a log entry", () => {
    type Results = operations["list-results"]["responses"];
    expectTypeOf<Results[200]["content"]["application/geo+json"]>().toEqualTypeOf<Schemas["results_item"]>();
    expectTypeOf<Results[200]["content"]["application/json"]>().toEqualTypeOf<Schemas["results"]>();
    expectTypeOf<Schemas["results"]>().toEqualTypeOf<
      Schemas["results_item"] | Schemas["results_collection"]
    >();
    expectTypeOf<Results[424]["content"]["application/json"]>().toEqualTypeOf<Schemas["log_entry"]>();
  });

  it("type asset file:size as unknown (openEO does not type it) and only href as required", () => {
    expectTypeOf<Schemas["asset"]["file:size"]>().toEqualTypeOf<unknown>();
    expectTypeOf<Schemas["asset"]["href"]>().toEqualTypeOf<string>();
    expectTypeOf<Schemas["asset"]["type"]>().toEqualTypeOf<string | undefined>();
  });

  it("type the 1.3.0 job timestamps, which the 1.2.0 types lack", () => {
    expectTypeOf<Schemas["batch_job"]["queued"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<V1_2_0.components["schemas"]["batch_job"]>().not.toHaveProperty("queued");
    expectTypeOf<V1_2_0.components["schemas"]["capabilities"]["api_version"]>().toEqualTypeOf<
      "1.2.0" | "1.1.0"
    >();
  });

  it("type the estimate's fields although the schema requires one of them via anyOf", () => {
    expectTypeOf<Schemas["estimate"]["size"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Schemas["estimate"]["duration"]>().toEqualTypeOf<string | undefined>();
  });
});
