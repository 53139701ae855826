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
    expect(ids(["891"])).toEqual(["cancel.status", "cancel.canceled", "cancel.holds"]);
    expect(ids(["l1a"])).toEqual(CATALOGUE.filter((check) => check.level === "L1A").map((check) => check.id));
    expect(ids(["cancel"])).toEqual(["cancel.status", "cancel.canceled", "cancel.holds"]);
  });

  it("skips after selecting, and requires what `only` names even above L1B", () => {
    expect(ids(["cancel"], ["cancel.status"])).toEqual(["cancel.canceled", "cancel.holds"]);
    const selection = createSelection(["L3"]);
    const l3 = CATALOGUE.filter((check) => check.level === "L3");
    expect(l3.length).toBeGreaterThan(0);
    expect(CATALOGUE.filter((check) => check.level === "L3" && selection.required(check))).toEqual(l3);
  });

  it("requires openEO's L1, L1A and L1B checks by default, and no jobkit extra", () => {
    const selection = createSelection();
    const required = CATALOGUE.filter((check) => selection.required(check));
    expect(required.length).toBeGreaterThan(0);
    expect(required.every((check) => check.source === "openeo" && check.level.startsWith("L1"))).toBe(true);
    expect(CATALOGUE.filter((check) => check.source === "jobkit" && selection.required(check))).toEqual([]);
  });

  it("requires what `require` names without narrowing the run", () => {
    const selection = createSelection([], [], ["jobkit.assets.absolute-href"]);
    expect(CATALOGUE.filter((check) => selection.selected(check))).toHaveLength(CATALOGUE.length);
    expect(
      CATALOGUE.filter((check) => check.source === "jobkit" && selection.required(check)).map(
        (check) => check.id,
      ),
    ).toEqual(["jobkit.assets.absolute-href"]);
    const all = createSelection([], [], ["jobkit"]);
    expect(CATALOGUE.filter((check) => check.source === "jobkit").every((check) => all.required(check))).toBe(
      true,
    );
  });

  it("refuses a check both required and skipped", () => {
    expect(() => createSelection([], ["jobkit"], ["jobkit.assets.file-size"])).toThrow(
      /jobkit.assets.file-size is both required and skipped/,
    );
  });

  it("throws a usage error for names that match nothing", () => {
    expect(() => createSelection(["jobs.nope"])).toThrow(
      /"jobs.nope" names no check, rule, level or scenario; did you mean/,
    );
    expect(() => createSelection([], ["#4242"])).toThrow(/no check covers rule #4242/);
  });
});
