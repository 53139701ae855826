import { describe, expect, it } from "vitest";
import { validateProcess } from "../src/index.js";
import { engineKnownFailures } from "./known-failures/engine.js";
import { decodeArgument, loadOfficialCases, type OfficialCase } from "./official-cases.js";
import { stubRegistry } from "./stub-registry.js";

const registry = stubRegistry();

function refusals(testCase: OfficialCase): string[] {
  const node = {
    process_id: testCase.processId,
    arguments: decodeArgument(testCase.arguments),
    result: true,
  };
  const errors = validateProcess({ process_graph: { node } }, { registry });
  return errors.map((error) => `${error.openeoCode} at ${error.pointer}: ${error.message}`);
}

// Every official definition with a stub implementation: validation is judged on all 155 processes at once,
// whichever of them are implemented yet.
describe("validation against the official cases", () => {
  const cases = loadOfficialCases().filter((testCase) => testCase.missingAsset === undefined);

  it("accepts the arguments of every official case, but those that contradict their definitions", () => {
    const refused = cases
      .filter((testCase) => !(testCase.name in engineKnownFailures))
      .map((testCase) => [testCase.name, refusals(testCase)] as const)
      .filter(([, errors]) => errors.length > 0);
    expect(refused).toEqual([]);
  });

  it("refuses each case listed as contradicting its definition", () => {
    const listed = cases.filter((testCase) => testCase.name in engineKnownFailures);
    expect(listed).toHaveLength(Object.keys(engineKnownFailures).length);
    for (const testCase of listed) expect(refusals(testCase), testCase.name).not.toEqual([]);
  });
});
