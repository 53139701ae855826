import { describe, expect, it } from "vitest";
import { harness, saveResultGraph } from "../../test/support.js";

/** openEO's errors.json: `BudgetInvalid` (400) is a budget "smaller than or equal to 0 or below the costs". */
describe("a budget below the estimated costs", () => {
  const jsonHeaders = async (h: ReturnType<typeof harness>, user = "alice") => ({
    ...(await h.auth(user)),
    "Content-Type": "application/json",
  });

  it("is refused by POST /jobs with 400 BudgetInvalid, and nothing is stored", async () => {
    const h = harness();
    const headers = await jsonHeaders(h);
    const body = JSON.stringify({ process: saveResultGraph(), budget: 0.5 });
    const refused = await h.json("/jobs", { method: "POST", headers, body });
    expect([refused.status, refused.body.code]).toEqual([400, "BudgetInvalid"]);
    expect(refused.body.message).toMatch(/budget of 0\.5 credits is below the estimated costs of \d/);
    expect((await h.json("/jobs", { headers })).body.jobs).toEqual([]);
  });

  it("set later by PATCH is refused on start with 400 BudgetInvalid; the job stays created", async () => {
    const h = harness();
    const id = await h.createJob();
    const headers = await jsonHeaders(h);
    const patch = { method: "PATCH", headers, body: JSON.stringify({ budget: 0.5 }) };
    expect((await h.request(`/jobs/${id}`, patch)).status).toBe(204);
    const start = await h.json(`/jobs/${id}/results`, { method: "POST", headers });
    expect([start.status, start.body.code]).toEqual([400, "BudgetInvalid"]);
    expect(h.mock.store.get(id)?.status).toBe("created");
  });

  it("is refused by POST /result with 400 BudgetInvalid; enough budget runs, no credit stays PaymentRequired", async () => {
    const h = harness();
    const post = async (budget: number | null, user = "alice") =>
      h.request("/result", {
        method: "POST",
        headers: await jsonHeaders(h, user),
        body: JSON.stringify({ process: saveResultGraph(), budget }),
      });
    const tight = await post(0.5);
    expect([tight.status, (await tight.json()).code]).toEqual([400, "BudgetInvalid"]);
    expect((await post(1000)).status).toBe(200);
    const broke = await post(null, "broke");
    expect([broke.status, (await broke.json()).code]).toEqual([402, "PaymentRequired"]);
  });
});
