import { describe, expect, it } from "vitest";
import { periodLabel, periodOrdinal, periodStart, TEMPORAL_PERIODS } from "./temporal-period.js";

const HOUR = 3_600_000;

describe("periodStart", () => {
  it("gives the first instant of the period each label names, for every period (2019-2024, every 7 hours)", () => {
    const wrong: string[] = [];
    for (let instant = Date.UTC(2019, 0, 1); instant < Date.UTC(2025, 0, 1); instant += 7 * HOUR) {
      for (const period of TEMPORAL_PERIODS) {
        const ordinal = periodOrdinal(instant, period);
        const label = periodLabel(ordinal, period);
        const start = periodStart(label, period);
        const first =
          periodOrdinal(start, period) === ordinal && periodOrdinal(start - 1, period) === ordinal - 1;
        if (!first) wrong.push(`${period} ${label}: ${start}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("reads the labels of openEO's definition: ISO weeks start on Monday, dekads on the 1st, 11th and 21st", () => {
    const iso = (label: string, period: (typeof TEMPORAL_PERIODS)[number]) =>
      new Date(periodStart(label, period)).toISOString().slice(0, 10);
    expect(iso("2020-01", "week")).toBe("2019-12-30");
    expect(iso("2022-22", "week")).toBe("2022-05-30");
    expect(iso("2020-05", "dekad")).toBe("2020-02-11");
    expect(iso("2020-366", "day")).toBe("2020-12-31");
    expect(iso("2022-djf", "season")).toBe("2022-12-01");
    expect(iso("2023-mjjaso", "tropical-season")).toBe("2023-05-01");
    expect(iso("2021", "decade-ad")).toBe("2021-01-01");
    expect(periodStart("2020-06", "season")).toBeNaN();
    expect(periodStart("2020-06-01", "month")).toBeNaN();
  });
});
