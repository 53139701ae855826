import { describe, expect, it } from "vitest";
import { thrownCode } from "./callback-helpers.js";
import { resultOf as run } from "./run-one.js";

describe("text processes", () => {
  it("text_find counts characters, not UTF-16 code units", () => {
    expect(run("text_find", { data: "😀 openEO", pattern: "open" })).toBe(2);
  });

  it("text_find counts characters of the text even where lower case lengthens one", () => {
    expect(run("text_find", { data: "İSTANBUL", pattern: "tan", case_sensitive: false })).toBe(2);
  });

  it("text_concat refuses arrays and objects among the elements", () => {
    expect(thrownCode("text_concat", { data: ["a", ["b"]] })).toBe("ProcessParameterInvalid");
  });

  it("text searches refuse a pattern that is not a text", () => {
    expect(thrownCode("text_contains", { data: "abc", pattern: null })).toBe("ProcessParameterInvalid");
  });
});

describe("date_shift", () => {
  it("shifts months on the calendar of the date's own time zone and keeps it", () => {
    const date = "2020-01-31T23:30:00-05:00";
    expect(run("date_shift", { date, value: 1, unit: "month" })).toBe("2020-02-29T23:30:00-05:00");
  });

  it("clamps to the month's last day backwards across years", () => {
    expect(run("date_shift", { date: "2021-03-31", value: -1, unit: "month" })).toBe("2021-02-28");
    expect(run("date_shift", { date: "2021-03-31", value: -13, unit: "month" })).toBe("2020-02-29");
  });

  it("reads a leap second but never returns one", () => {
    expect(run("date_shift", { date: "2016-12-31T23:59:60Z", value: 0, unit: "second" })).toBe(
      "2016-12-31T23:59:59Z",
    );
  });

  it("refuses invalid dates and shifts out of range", () => {
    expect(thrownCode("date_shift", { date: "2021-02-29", value: 1, unit: "day" })).toBe(
      "ProcessParameterInvalid",
    );
    expect(thrownCode("date_shift", { date: "2021-01-01", value: 1e12, unit: "year" })).toBe(
      "ProcessParameterInvalid",
    );
  });
});

describe("date_difference and date_between", () => {
  it("counts calendar months, with the rest as a fraction of a month", () => {
    expect(run("date_difference", { date1: "2020-01-31", date2: "2020-02-29", unit: "month" })).toBe(1);
    expect(run("date_difference", { date1: "2020-01-01", date2: "2020-01-16", unit: "month" })).toBeCloseTo(
      15 / 31,
    );
    expect(run("date_difference", { date1: "2021-03-01", date2: "2020-03-01", unit: "year" })).toBe(-1);
  });

  it("compares times of day with times of day only", () => {
    expect(run("date_between", { x: "12:00:00", min: "06:00:00", max: "12:00:00" })).toBe(true);
    expect(run("date_between", { x: "12:00:00", min: "06:00:00", max: "12:00:00", exclude_max: true })).toBe(
      false,
    );
    expect(thrownCode("date_between", { x: "12:00:00", min: "2020-01-01", max: "12:00:00" })).toBe(
      "ProcessParameterInvalid",
    );
  });

  it("compares date-times in different time zones by instant", () => {
    const [min, max] = ["2020-01-01T00:00:00+02:00", "2020-01-01T00:00:00Z"];
    expect(run("date_between", { x: "2019-12-31T23:00:00Z", min, max })).toBe(true);
  });
});
