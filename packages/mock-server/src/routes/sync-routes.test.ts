import { fromArrayBuffer } from "geotiff";
import { describe, expect, it } from "vitest";
import { expectWithinAPixel, harness, saveResultGraph } from "../../test/support.js";

describe("synchronous processing (POST /result)", () => {
  it("answers the first output's bytes with Content-Type, OpenEO-Costs and a monitor link", async () => {
    const h = harness();
    const headers = { ...(await h.auth()), "Content-Type": "application/json" };
    const response = await h.request("/result", {
      method: "POST",
      headers,
      body: JSON.stringify({ process: saveResultGraph("gtiff") }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/tiff; application=geotiff");
    const costs = Number(response.headers.get("openeo-costs"));
    expect(costs).toBeGreaterThan(0);
    const link = response.headers.get("link") ?? "";
    expect(link).toMatch(/^<http:\/\/localhost\/result\/logs\/r-1>; rel="monitor"$/);
    const image = await (await fromArrayBuffer(await response.arrayBuffer())).getImage();
    expectWithinAPixel(image.getBoundingBox(), [5, 50, 5.5, 50.25], [image.getWidth(), image.getHeight()]);
    const logs = await h.json("/result/logs/r-1", { headers });
    expect(logs.body.logs[0]).toMatchObject({ id: "1", level: "info" });
    expect((await h.json("/result/logs/r-1", { headers: await h.auth("bob") })).status).toBe(404);
    expect((await h.json("/me", { headers })).body.budget).toBe(1000 - costs);
  });

  it("refuses unknown collections, bad graphs and users without credit", async () => {
    const h = harness();
    const post = async (body: unknown, user = "alice") =>
      h.json("/result", {
        method: "POST",
        headers: { ...(await h.auth(user)), "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    const missing = await post({ process: saveResultGraph("GTiff", "NOT_A_COLLECTION") });
    expect([missing.status, missing.body.code]).toEqual([404, "CollectionNotFound"]);
    expect(
      (await post({ process: { process_graph: { x: { process_id: "nope", arguments: {}, result: true } } } }))
        .body.code,
    ).toBe("ProcessUnsupported");
    expect((await post({})).body.code).toBe("ProcessGraphMissing");
    const broke = await post({ process: saveResultGraph() }, "broke");
    expect([broke.status, broke.body.code]).toEqual([402, "PaymentRequired"]);
    expect((await h.json("/result", { method: "POST" })).status).toBe(401);
  });

  it("answers the value of a graph that saves nothing, computed by the process engine", async () => {
    const h = harness();
    const run = async (process_id: string, args: Record<string, unknown>) => {
      const response = await h.request("/result", {
        method: "POST",
        headers: { ...(await h.auth()), "Content-Type": "application/json" },
        body: JSON.stringify({
          process: { process_graph: { n: { process_id, arguments: args, result: true } } },
        }),
      });
      return {
        status: response.status,
        type: response.headers.get("content-type"),
        text: await response.text(),
      };
    };
    expect(await run("add", { x: 1, y: 2 })).toEqual({ status: 200, type: "application/json", text: "3" });
    expect((await run("arccos", { x: 2 })).text).toBe("NaN");
    expect((await run("divide", { x: -1, y: 0 })).text).toBe("-Infinity");
    expect((await run("sort", { data: [3, null, 1] })).text).toBe("[1,3]");
    expect((await run("text_concat", { data: ["a", 1, true], separator: "-" })).text).toBe('"a-1-true"');
    const element = await run("array_element", { data: [1], index: 5 });
    expect([element.status, JSON.parse(element.text).code]).toEqual([400, "ArrayElementNotAvailable"]);
    const invalid = await run("add", { x: "one", y: 2 });
    expect([invalid.status, JSON.parse(invalid.text).code]).toEqual([400, "ProcessParameterInvalid"]);
    const logs = await h.json("/result/logs/r-1", { headers: await h.auth() });
    expect(logs.body.logs.at(-1)).toMatchObject({ level: "info" });
  });
});
