import { createSchemaValidator } from "@jobkit/spec";
import { describe, expect, it } from "vitest";
import { DEFAULT_FAILING_PROCESS, DEFAULT_PROCESS, normaliseProcess } from "./default-processes.js";
import { INVALID_PROCESS, jobPayload } from "./internal/scenarios/jobs.js";

describe("the processes the kit sends", () => {
  it("are valid requests by the contract, so a refusal tests the back-end's semantics, not our JSON", () => {
    const validator = createSchemaValidator();
    for (const process of [DEFAULT_PROCESS, DEFAULT_FAILING_PROCESS, INVALID_PROCESS]) {
      expect(
        validator.validateRequestBody("POST", "/jobs", jobPayload(process, "title", "description")),
      ).toEqual([]);
      expect(validator.validateRequestBody("POST", "/result", { process })).toEqual([]);
    }
    expect(validator.validateRequestBody("PATCH", "/jobs/j-1", { title: "new", description: "new" })).toEqual(
      [],
    );
    const options = {
      ...jobPayload(DEFAULT_PROCESS, "t"),
      plan: "free",
      budget: 100,
      log_level: "info",
      jobkit_conformance: "x",
    };
    expect(validator.validateRequestBody("POST", "/jobs", options)).toEqual([]);
  });
});

describe("normaliseProcess", () => {
  const graph = { save: { process_id: "save_result", arguments: {}, result: true } };

  it("accepts a process, a job or sync body, and a bare graph", () => {
    expect(normaliseProcess({ process_graph: graph }, "x")).toEqual({ process_graph: graph });
    expect(normaliseProcess({ title: "t", process: { process_graph: graph } }, "x")).toEqual({
      process_graph: graph,
    });
    expect(normaliseProcess(graph, "x")).toEqual({ process_graph: graph });
  });

  it("refuses anything else, naming where it came from", () => {
    expect(() => normaliseProcess([graph], "--process graph.json")).toThrow(
      /--process graph.json is not a process/,
    );
    expect(() => normaliseProcess({}, "process")).toThrow(/process is not a process/);
  });
});
