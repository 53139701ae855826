import type * as engine from "@jobkit/processes";
import {
  closestRelease,
  type ReleaseDefinitions,
  type ReleaseMatch,
} from "../../internal/closest-release.js";
import { fail, type Outcome, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, arrayOf, isObject, listSome } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/** What of the process engine the comparison needs (the scenario loads it only when GET /processes answered 200). */
export type OfficialProcesses = Pick<
  typeof engine,
  "definitions" | "PROCESSES_VERSION" | "earlierReleases" | "withoutProse"
>;

/** The official releases, newest first: the engine's, then the earlier ones (only what differs from it). */
function releasesOf(official: OfficialProcesses): ReleaseDefinitions[] {
  const byId = (definitions: readonly engine.ComparedDefinition[]) =>
    new Map(definitions.map((definition) => [definition.id, definition]));
  return [
    { version: official.PROCESSES_VERSION, byId: byId(official.definitions) },
    ...official.earlierReleases.map(({ version, definitions }) => ({ version, byId: byId(definitions) })),
  ];
}

/** The verdict on the listed processes' matches: each must match some official release. */
function matchesVerdict(
  matches: readonly ReleaseMatch[],
  listed: number,
  versions: readonly string[],
): Outcome {
  const newest = versions[0];
  const faults = matches.flatMap(({ version, faults }) =>
    faults.map((fault) => (version === newest ? fault : `${fault} (against ${version}, the closer release)`)),
  );
  if (faults.length > 0)
    return fail(
      `${faults.length} differences from openeo-processes ${versions.join(" and ")} (each process against the closer): ${listSome(faults)}`,
      faults,
    );
  const earlier = versions.slice(1).map((version) => {
    const ids = matches.filter((match) => match.version === version).map((match) => match.id);
    return ids.length > 0 ? `; ${ids.length} match ${version} (${listSome(ids, 5)})` : "";
  });
  const ofNewest = matches.filter((match) => match.version === newest).length;
  return pass(
    `${matches.length} of ${listed} listed processes have official ids; ${ofNewest} match openeo-processes ${newest}${earlier.join("")}`,
  );
}

/**
 * GET /processes: every process under an official id as an official release (2.0.0-rc.2 or an earlier one) has
 * it. Not an exchange judge for the proxy: it needs the process engine, which the proxy does not load.
 */
export const processesOfficial = scenarioCheck({
  id: "processes.official",
  scenario: "processes",
  level: "L2",
  rules: [],
  basis: "API: predefined processes, back-ends SHOULD follow the openEO process specifications",
  needs: ["GET /processes"],
  expectation:
    "every process listed under an official id has the official parameters (names, optional, schemas; one left out or added only with a default) and return schema of one official release (openeo-processes 2.0.0-rc.2 or 2.0.0-rc.1), compared as the official test suite does",
  verdict: ({ list, official }: { list: Exchange; official: OfficialProcesses | undefined }, c) => {
    c.use(list);
    if (list.status !== 200 || !official) return fail(`GET /processes ${answered(list)}; expected 200`);
    const releases = releasesOf(official);
    const listed = arrayOf(list, "processes").filter(isObject);
    const matches = listed.flatMap(
      (process) => closestRelease(process, releases, official.withoutProse) ?? [],
    );
    if (matches.length === 0) return skip("GET /processes lists no process under an official id");
    return matchesVerdict(
      matches,
      listed.length,
      releases.map((release) => release.version),
    );
  },
});
