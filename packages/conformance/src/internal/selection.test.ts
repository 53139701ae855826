import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../catalogue.js";
import { createSelection } from "./selection.js";

const ids = (only: string[], skip: string[] = []) => {
  const selection = createSelection(only, skip);
  return CATALOGUE.filter((definition) => selection.selected(definition)).map((definition) => definition.id);
};

describe("createSelection", () => {
  it("selects everything by default", () => {
    expect(ids([])).toHaveLength(CATALOGUE.length);
  });

  it("selects by id, id prefix, rule number, level and scenario", () => {
    expect(ids(["jobs.create.status-201"])).toEqual(["jobs.create.status-201"]);
    expect(ids(["downloads"])).toEqual(
      CATALOGUE.filter((check) => check.id.startsWith("downloads.")).map((check) => check.id),
    );
    expect(ids(["jobs.results.*"])).toEqual(
      CATALOGUE.filter((check) => check.id.startsWith("jobs.results.")).map((check) => check.id),
    );
    expect(ids(["#736"])).toEqual([
      "jobs.create.status-201",
      "jobs.create.location",
      "jobs.create.identifier",
    ]);
    expect(ids(["891"])).toEqual(["cancel.status", "cancel.canceled"]);
    expect(ids(["l1a"])).toEqual(CATALOGUE.filter((check) => check.level === "L1A").map((check) => check.id));
    expect(ids(["cancel"])).toEqual(["cancel.status", "cancel.canceled"]);
  });

  it("skips after selecting, and marks only what `only` names as named", () => {
    expect(ids(["cancel"], ["cancel.status"])).toEqual(["cancel.canceled"]);
    const selection = createSelection(["L3"]);
    const l3 = CATALOGUE.filter((check) => check.level === "L3");
    expect(l3.length).toBeGreaterThan(0);
    expect(CATALOGUE.filter((check) => selection.named(check))).toEqual(l3);
  });

  it("throws a usage error for names that match nothing", () => {
    expect(() => createSelection(["jobs.nope"])).toThrow(
      /"jobs.nope" names no check, rule, level or scenario; did you mean/,
    );
    expect(() => createSelection([], ["#4242"])).toThrow(/no check covers rule #4242/);
  });
});
