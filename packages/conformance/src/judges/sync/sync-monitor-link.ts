import { breaks, conforms, judgedCheck } from "../judged-check.js";
import { judgeSyncResult, NO_RESULT } from "./sync-answer.js";

/** Rule 908: a result links to its logs with rel="monitor". */
export const syncMonitorLink = judgedCheck({
  id: "sync.monitor-link",
  scenario: "sync",
  level: "L3",
  rules: [908],
  needs: ["POST /result"],
  expectation: 'the answer has a Link header with rel="monitor"',
  unjudged: NO_RESULT,
  judge: (exchange) =>
    judgeSyncResult(exchange, (answer) => {
      const link = answer.responseHeaders.get("link") ?? "";
      if (/rel="?monitor"?/i.test(link)) return conforms;
      return breaks(link ? `Link "${link}" has no rel="monitor"` : "no Link header");
    }),
});
