import { describe, expect, it } from "vitest";
import { harness } from "../../test/support.js";
import { engine } from "./compute-value.js";
import { engineDocumentsJson } from "./process-catalog.js";
import { processDocument } from "./process-documents.js";

const PLUS_TEN = {
  id: "plus_ten",
  summary: "Adds ten.",
  parameters: [{ name: "x", description: "A number.", schema: { type: "number" } }],
  returns: { description: "x + 10", schema: { type: "number" } },
  process_graph: {
    add1: { process_id: "add", arguments: { x: { from_parameter: "x" }, y: 10 }, result: true },
  },
};

/** `GET /processes` as the mock wrote it before the engine's part was kept per process. */
async function uncached(published: readonly Record<string, unknown>[]): Promise<string> {
  const { registry } = await engine.load();
  const processes = [...registry.list().map(processDocument), ...published];
  return `{"processes":${JSON.stringify(processes)},"links":[]}`;
}

describe("GET /processes with the engine's processes made once per process", () => {
  it("answers byte for byte what serialising the whole list answers, in every mock, with and without --udp", async () => {
    const plain = harness();
    const withUdp = harness({ timing: { mode: "virtual" }, udp: [PLUS_TEN] });
    const again = harness();
    expect(await (await withUdp.request("/processes")).text()).toBe(await uncached([PLUS_TEN]));
    // the back-end process of one mock never shows in another's list
    expect(await (await plain.request("/processes")).text()).toBe(await uncached([]));
    expect(await (await again.request("/processes")).text()).toBe(await uncached([]));
  });

  it("serialises the engine's processes once, not once per mock", async () => {
    const { registry } = await engine.load();
    const first = engineDocumentsJson(registry);
    expect(engineDocumentsJson(registry)).toBe(first);
    expect(`[${first}]`).toBe(JSON.stringify(registry.list().map(processDocument)));
  });
});
