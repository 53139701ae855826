import type { ProcessDefinition } from "./process-definition.js";

/** What of an official process definition a back-end's listing is compared with: parameters, return, flags. */
export type ComparedDefinition = Pick<
  ProcessDefinition,
  "id" | "experimental" | "deprecated" | "parameters" | "returns"
>;

/**
 * An earlier official release of openeo-processes: its version, the commit of its tag in
 * https://github.com/Open-EO/openeo-processes, and the compared facts of the processes whose facts differ from
 * the release of {@link ProcessDefinition} (2.0.0-rc.2); the others are the same in both.
 */
export interface OfficialRelease {
  readonly version: string;
  readonly commit: string;
  readonly definitions: readonly ComparedDefinition[];
}
