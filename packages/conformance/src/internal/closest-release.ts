import type { ComparedDefinition } from "@jobkit/processes";
import { compareProcess, type ProseRemover } from "./compare-process.js";

/** One official release's definitions by id. */
export interface ReleaseDefinitions {
  readonly version: string;
  readonly byId: ReadonlyMap<string, ComparedDefinition>;
}

/** How a listed process compares with the official releases: the release it matches, else the closest one's faults. */
export interface ReleaseMatch {
  readonly id: string;
  readonly version: string;
  /** Empty when the process matches `version`. */
  readonly faults: readonly string[];
}

/**
 * The release a listed process matches, newest first (`releases[0]` holds every official id; an earlier release
 * holds only the processes whose facts differ from it); when it matches none, the closest release (fewest
 * differences, the newest on a tie) with its differences. Undefined when no release has the process's id.
 */
export function closestRelease(
  listed: Record<string, unknown>,
  releases: readonly ReleaseDefinitions[],
  strip: ProseRemover,
): ReleaseMatch | undefined {
  const id = String(listed.id);
  let closest: ReleaseMatch | undefined;
  for (const { version, byId } of releases) {
    const definition = byId.get(id);
    if (!definition) continue;
    const faults = compareProcess(listed, definition, strip);
    if (faults.length === 0) return { id, version, faults };
    if (!closest || faults.length < closest.faults.length) closest = { id, version, faults };
  }
  return closest;
}
