import { JOBKIT_EXTRAS } from "@jobkit/spec";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  CATALOGUE,
  type CheckId,
  checkDefinition,
  findCheck,
  formatRules,
  requiredByDefault,
} from "./catalogue.js";
import { pass } from "./internal/outcome.js";
import type { Session } from "./internal/session.js";

/**
 * Which check judges each of jobkit's extras in another back-end's answers: its own advisory `jobkit.*` check,
 * or an openEO check where a profile rule demands the same (then it stays required).
 */
const EXTRA_JUDGED_BY: Record<string, string> = {
  "/components/schemas/asset/properties/href/format": "jobkit.assets.absolute-href",
  "/components/schemas/asset/properties/file:size": "jobkit.assets.file-size",
  "/components/schemas/asset/properties/file:checksum": "jobkit.assets.file-checksum",
  "/components/schemas/asset/required": "jobs.results.assets",
  "/paths/~1result/post/responses/200/headers/Content-Type/required": "sync.content-type",
};

/** jobkit's advisory checks of behaviour rather than of a schema: what openEO does not ask, but clients use. */
const BEHAVIOUR_EXTRAS = ["jobkit.downloads.head"];

describe("CATALOGUE", () => {
  it("has unique, dotted, kebab-case ids and a one-line expectation each", () => {
    const ids = CATALOGUE.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of CATALOGUE) {
      expect(check.id).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(check.expectation).not.toContain("\n");
      for (const need of check.needs) expect(need).toMatch(/^(GET|POST|PATCH|PUT|DELETE) \/[\w/{}.-]*$/);
    }
  });

  it("traces every openEO check to a profile rule or to the passage of openEO's documents that asks for it", () => {
    for (const check of CATALOGUE.filter((definition) => definition.source === "openeo")) {
      const traced = check.rules.length > 0 || (check.basis ?? "").length > 0;
      expect(traced, `${check.id} names neither a profile rule nor a basis`).toBe(true);
      expect(check.rules.length > 0 && check.basis, `${check.id} names both`).toBeFalsy();
    }
    expect(CATALOGUE.filter((check) => check.source === "jobkit" && check.basis)).toEqual([]);
  });

  it("covers every profile rule DESIGN §5 puts in scope, except the few it names", () => {
    const covered = new Set(CATALOGUE.flatMap((check) => check.rules));
    const range = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, index) => from + index);
    // The rule numbers of reference/profile-rules.md within the ranges DESIGN §5 lists.
    const inScope = [
      ...[1, 2, 3, 6, 7, 21, ...range(30, 34), 100, 101, 102, 110, 120, 121, 700, ...range(710, 715)],
      ...[
        ...range(730, 737),
        ...range(750, 755),
        760,
        764,
        780,
        781,
        ...range(800, 808),
        820,
        821,
        824,
        825,
        826,
      ],
      ...[850, 851, 852, 860, 861, 863, 864, 865, 866, 867, 869, 870, 871, 872, 890, 891, ...range(900, 910)],
    ];
    const notCovered = {
      821: "estimate costs (optional field; estimate.fields accepts any of costs, duration, size)",
      824: "estimate downloads_included (optional field)",
      825: "estimate expires (optional field)",
      867: "a full STAC hierarchy of results",
      902: "sync plan and budget",
      903: "sync log_level",
      904: "sync additional properties",
      909: "several sync outputs as an archive",
    };
    expect(inScope.filter((rule) => !covered.has(rule))).toEqual(Object.keys(notCovered).map(Number));
  });
});

describe("jobkit's extras", () => {
  it("are each judged by one check: a jobkit extra that is advisory, or an openEO profile rule", () => {
    expect(Object.keys(EXTRA_JUDGED_BY).sort()).toEqual(JOBKIT_EXTRAS.map((extra) => extra.path).sort());
    for (const id of Object.values(EXTRA_JUDGED_BY)) {
      const check = findCheck(id);
      expect(check, id).toBeDefined();
      if (check?.source === "jobkit") expect(requiredByDefault(check), id).toBe(false);
      else expect(check?.rules.length, `${id} names the profile rule that demands it`).toBeGreaterThan(0);
    }
    const jobkitChecks = CATALOGUE.filter((check) => check.source === "jobkit").map((check) => check.id);
    expect(jobkitChecks.sort()).toEqual(
      [
        ...Object.values(EXTRA_JUDGED_BY).filter((id) => id.startsWith("jobkit.")),
        ...BEHAVIOUR_EXTRAS,
      ].sort(),
    );
  });
});

describe("formatRules", () => {
  it("joins runs of consecutive numbers", () => {
    expect(formatRules([710, 711])).toBe("#710–711");
    expect(formatRules([40, 41, 42, 43, 48])).toBe("#40–43, 48");
    expect(formatRules([736])).toBe("#736");
    expect(formatRules([])).toBeUndefined();
  });
});

describe("CheckId", () => {
  it("is the union of the catalogue's ids, so a typo does not compile", () => {
    expectTypeOf<Parameters<Session["check"]>[0]>().toEqualTypeOf<CheckId>();
    expectTypeOf<Parameters<Session["runs"]>[0]>().toEqualTypeOf<CheckId>();
    expectTypeOf<"jobs.create.status-201">().toExtend<CheckId>();
    // @ts-expect-error "jobs.create.typo" is no check of the catalogue
    const typo = (session: Session) => session.check("jobs.create.typo", () => pass("never run"));
    expect(typeof typo).toBe("function");
    expect(checkDefinition("jobs.create.status-201").id).toBe("jobs.create.status-201");
    expect(CATALOGUE.map((definition) => definition.id)).toEqual(
      CATALOGUE.map((d) => checkDefinition(d.id).id),
    );
  });
});
