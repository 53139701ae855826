import { type ComparedDefinition, withoutProse } from "@jobkit/processes";
import { describe, expect, it } from "vitest";
import { closestRelease, type ReleaseDefinitions } from "./closest-release.js";

const definition = (returns: Record<string, unknown>): ComparedDefinition => ({
  id: "cos",
  experimental: false,
  deprecated: false,
  parameters: [{ name: "x", schema: { type: ["number", "null"] } }],
  returns: { schema: returns },
});

const newest = definition({ type: ["number", "null"], minimum: -1, maximum: 1 });
const earlier = definition({ type: ["number", "null"] });
const releases: ReleaseDefinitions[] = [
  { version: "2.0.0-rc.2", byId: new Map([["cos", newest]]) },
  { version: "2.0.0-rc.1", byId: new Map([["cos", earlier]]) },
];

describe("closestRelease", () => {
  it("names the newest release a process matches", () => {
    expect(closestRelease({ ...newest }, releases, withoutProse)).toEqual({
      id: "cos",
      version: "2.0.0-rc.2",
      faults: [],
    });
  });

  it("names an earlier release when only that one matches", () => {
    expect(closestRelease({ ...earlier }, releases, withoutProse)?.version).toBe("2.0.0-rc.1");
  });

  it("gives the closer release's differences when none matches, the newest on a tie", () => {
    const renamed = { ...earlier, parameters: [{ name: "value", schema: { type: ["number", "null"] } }] };
    expect(closestRelease(renamed, releases, withoutProse)).toEqual({
      id: "cos",
      version: "2.0.0-rc.1",
      faults: ["cos has parameter value where the official one is x"],
    });
    const neither = { ...renamed, returns: { schema: { type: "string" } } };
    expect(closestRelease(neither, releases, withoutProse)?.version).toBe("2.0.0-rc.2");
  });

  it("is undefined for an id no release has", () => {
    expect(closestRelease({ ...earlier, id: "my_cos" }, releases, withoutProse)).toBeUndefined();
  });
});
