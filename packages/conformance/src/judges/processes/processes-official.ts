import type * as engine from "@jobkit/processes";
import { compareProcess } from "../../internal/compare-process.js";
import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, arrayOf, isObject, listSome } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** What of the process engine the comparison needs (the scenario loads it only when GET /processes answered 200). */
export type OfficialProcesses = Pick<typeof engine, "definitions" | "PROCESSES_VERSION" | "withoutProse">;

/**
 * GET /processes: every process under an official id as the official definition has it. Not an exchange judge
 * for the proxy: it needs the process engine, which the proxy does not load.
 */
export const processesOfficial = scenarioCheck({
  id: "processes.official",
  scenario: "processes",
  level: "L2",
  rules: [],
  basis: "API: predefined processes, back-ends SHOULD follow the openEO process specifications",
  needs: ["GET /processes"],
  expectation:
    "every process listed under an official id has the official parameters (names, optional, schemas; one left out or added only with a default) and return schema, compared as the official test suite does",
  verdict: ({ list, official }: { list: Exchange; official: OfficialProcesses | undefined }, c) => {
    c.use(list);
    if (list.status !== 200 || !official) return fail(`GET /processes ${answered(list)}; expected 200`);
    const { definitions, PROCESSES_VERSION, withoutProse } = official;
    const byId = new Map(definitions.map((definition) => [definition.id, definition]));
    const listed = arrayOf(list, "processes").filter(isObject);
    const compared = listed.filter((process) => byId.has(String(process.id)));
    if (compared.length === 0) return skip("GET /processes lists no process under an official id");
    const faults = compared.flatMap((process) =>
      compareProcess(
        process,
        byId.get(String(process.id)) as NonNullable<ReturnType<typeof byId.get>>,
        withoutProse,
      ),
    );
    return faults.length > 0
      ? fail(
          `${faults.length} differences from openeo-processes ${PROCESSES_VERSION}: ${listSome(faults)}`,
          faults,
        )
      : pass(
          `${compared.length} of ${listed.length} listed processes have official ids; each matches openeo-processes ${PROCESSES_VERSION}`,
        );
  },
});
