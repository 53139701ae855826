import { describe, expect, it } from "vitest";
import { harness, saveResultGraph } from "./support.js";

/** The bytes `POST /result` answers for a fresh mock (same seed, same request id) saving with these options. */
async function savedBytes(format: string, options: Record<string, unknown>): Promise<Uint8Array> {
  const h = harness();
  const process = saveResultGraph(format) as { process_graph: Record<string, { arguments: object }> };
  const save = process.process_graph.saveresult1 as { arguments: object };
  save.arguments = { ...save.arguments, options };
  const response = await h.request("/result", {
    method: "POST",
    headers: { ...(await h.auth()), "Content-Type": "application/json" },
    body: JSON.stringify({ process }),
  });
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

describe("GET /file_formats parameters", () => {
  it("lists none for an output format, as no writer reads save_result options: they change no byte", async () => {
    const { output } = (await harness().json("/file_formats")).body;
    for (const [format, description] of Object.entries(output)) {
      expect((description as { parameters: object }).parameters, format).toEqual({});
      const options = { filename_prefix: "ndvi", tile_grid: "one_degree", compression: "deflate" };
      const [withOptions, without] = [await savedBytes(format, options), await savedBytes(format, {})];
      // HDF5 stamps each object with the second it was written, so two netCDF files differ there only
      if (format === "netCDF") expect(withOptions.byteLength, format).toBe(without.byteLength);
      else expect(withOptions, format).toEqual(without);
    }
  });
});
