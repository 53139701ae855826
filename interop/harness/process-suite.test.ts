import { describe, expect, it } from "vitest";
import { parseSuiteReport } from "./process-suite.js";

const REPORT = `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest">
<testcase classname="t" name="test_process[add-example0-file0-L1-False]" time="0.01" />
<testcase classname="t" name="test_process[add-example1-file1-L1-False]" time="0.01"></testcase>
<testcase classname="t" name="test_process[mod-example2-file2-L1-False]" time="0.01"><failure message="AssertionError: Expected 1 but got 2&#10;more">trace</failure></testcase>
<testcase classname="t" name="test_process[ln-example3-file3-L1-False]" time="0.01"><failure message="ValueError: HTTP JSON APIs don't support NaN values">trace</failure></testcase>
<testcase classname="t" name="test_process[sd-example4-file4-L1-False]" time="0.01"><skipped type="pytest.skip" message="labeled arrays not implemented yet">s</skipped></testcase>
<testcase classname="t" name="test_process[mask-example5-file5-L2A-False]" time="0.01"><failure message="RuntimeError: Failed to load external reference assets/x.json5">t</failure></testcase>
<testcase classname="t" name="test_process[xor-example6-file6-L1-False]" time="0.01"><skipped type="pytest.skip" message="Backend does not support: {'xor'}">s</skipped></testcase>
</testsuite></testsuites>`;

describe("parseSuiteReport", () => {
  it("counts passes, failures and skips, and sets the runner's own limits apart", () => {
    const counts = parseSuiteReport(REPORT);
    expect(counts).toMatchObject({ total: 7, passed: 2, failed: 1, skipped: 1, unsendable: 3 });
    expect(counts.failures).toEqual([
      { name: "test_process[mod-example2-file2-L1-False]", message: "AssertionError: Expected 1 but got 2" },
    ]);
  });
});
