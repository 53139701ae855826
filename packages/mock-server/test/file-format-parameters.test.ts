import { describe, expect, it } from "vitest";
import { harness, saveResultGraph } from "./support.js";

/** The answer of `POST /result` for a fresh mock (same seed, same request id) saving with these options. */
async function saved(format: string, options: Record<string, unknown>): Promise<Response> {
  const h = harness();
  const process = saveResultGraph(format) as { process_graph: Record<string, { arguments: object }> };
  const save = process.process_graph.saveresult1 as { arguments: object };
  save.arguments = { ...save.arguments, options };
  return h.request("/result", {
    method: "POST",
    headers: { ...(await h.auth()), "Content-Type": "application/json" },
    body: JSON.stringify({ process }),
  });
}

async function savedBytes(format: string, options: Record<string, unknown>): Promise<Uint8Array> {
  const response = await saved(format, options);
  expect(response.status, format).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

/** A value each listed parameter's writer honours, and one it refuses. */
const HONOURED: Record<string, { good: unknown; bad: unknown }> = {
  quality: { good: 20, bad: 0 },
  flatten_prefix: { good: "ndvi", bad: 3 },
};

type Parameters = Record<string, { description: string; schema: object }>;

describe("GET /file_formats parameters", () => {
  it("lists the options each writer honours: options it does not list change no byte", async () => {
    const { output } = (await harness().json("/file_formats")).body;
    for (const [format, description] of Object.entries(output)) {
      const parameters = (description as { parameters: Parameters }).parameters;
      const options = { filename_prefix: "ndvi", tile_grid: "one_degree", compression: "deflate" };
      const [withOptions, without] = [await savedBytes(format, options), await savedBytes(format, {})];
      // HDF5 stamps each object with the second it was written, so two netCDF files differ there only
      if (format === "netCDF") expect(withOptions.byteLength, format).toBe(without.byteLength);
      else expect(withOptions, format).toEqual(without);
      for (const [name, parameter] of Object.entries(parameters)) {
        expect(parameter.description, `${format} ${name}`).not.toBe("");
        expect(Object.keys(HONOURED), `${format} lists ${name}`).toContain(name);
      }
    }
    expect(Object.keys(output.JPEG.parameters)).toEqual(["quality"]);
    expect(Object.keys(output.GeoJSON.parameters)).toEqual(["flatten_prefix"]);
  }, 60_000); // two jobs per format (18 runs of the engine and a writer): 24 s on a loaded 2-core machine

  it("honours each listed parameter and refuses a bad value with ProcessParameterInvalid, before the run", async () => {
    for (const [format, name] of [
      ["JPEG", "quality"],
      ["GeoJSON", "flatten_prefix"],
    ] as const) {
      const { good, bad } = HONOURED[name] as { good: unknown; bad: unknown };
      expect(await savedBytes(format, { [name]: good }), format).not.toEqual(await savedBytes(format, {}));
      const refused = await saved(format.toLowerCase(), { [name]: bad });
      expect(refused.status, format).toBe(400);
      expect(await refused.json()).toMatchObject({
        code: "ProcessParameterInvalid",
        message: expect.stringContaining(name),
      });
    }
  });
});
