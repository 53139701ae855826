import { describe, expect, it } from "vitest";
import { harness, saveResultGraph } from "../../test/support.js";

const validate = (h: ReturnType<typeof harness>, body: unknown) =>
  h.json("/validation", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

const single = (process_id: string, args: Record<string, unknown>) => ({
  process_graph: { n: { process_id, arguments: args, result: true } },
});

describe("POST /validation", () => {
  it("is listed in the capabilities and answers 200 with no errors for a valid process, without auth", async () => {
    const h = harness();
    const { endpoints } = (await h.json("/")).body;
    expect(endpoints).toContainEqual({ path: "/validation", methods: ["POST"] });
    expect(await validate(h, saveResultGraph())).toMatchObject({ status: 200, body: { errors: [] } });
  });

  it("answers 200 with the engine's refusals, each with its openEO code and a message", async () => {
    const h = harness();
    const wrongType = await validate(h, single("add", { x: "one", y: 2 }));
    expect(wrongType.status).toBe(200);
    expect(wrongType.body.errors).toEqual([
      { code: "ProcessParameterInvalid", message: expect.stringContaining("add") },
    ]);
    const unknown = await validate(h, single("no_such_process", {}));
    expect(unknown.body.errors.map((error: { code: string }) => error.code)).toEqual(["ProcessUnsupported"]);
  });

  it("adds what the mock itself refuses: an unknown format or collection", async () => {
    const h = harness();
    const format = await validate(h, saveResultGraph("NOPE"));
    expect(format.body.errors).toEqual([
      { code: "FormatUnsupported", message: expect.stringContaining("NOPE") },
    ]);
    const collection = await validate(h, saveResultGraph("GTiff", "NOT_A_COLLECTION"));
    expect(collection.body.errors.map((error: { code: string }) => error.code)).toEqual([
      "CollectionNotFound",
    ]);
  });

  it("answers 4XX only for a request that is wrong as a whole, and stores nothing", async () => {
    const h = harness();
    const missing = await validate(h, { title: "no graph" });
    expect([missing.status, missing.body.code]).toEqual([400, "ProcessGraphMissing"]);
    const plain = await h.json("/validation", { method: "POST", body: "{}" });
    expect(plain.body.code).toBe("ContentTypeInvalid");
    expect(h.mock.store.size).toBe(0);
  });
});
