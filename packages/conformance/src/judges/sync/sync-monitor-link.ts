import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { scenarioCheck } from "../scenario-check.js";
import { hasData, NO_DATA } from "./sync-result.js";

/** Rule 908: a result links to its logs with rel="monitor". */
export const syncMonitorLink = scenarioCheck({
  id: "sync.monitor-link",
  scenario: "sync",
  level: "L3",
  rules: [908],
  needs: ["POST /result"],
  expectation: 'the answer has a Link header with rel="monitor"',
  verdict: (result: Exchange, c) => {
    c.use(result);
    if (!hasData(result)) return NO_DATA;
    const link = result.headers.get("link") ?? "";
    return /rel="?monitor"?/i.test(link)
      ? pass(`Link: ${link}`)
      : fail(link ? `Link "${link}" has no rel="monitor"` : "no Link header");
  },
});
