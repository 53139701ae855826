import { contentTypeVerdict } from "../../internal/scenarios/result-format.js";
import { findingOf, judgedCheck } from "../judged-check.js";
import { judgeSyncResult, NO_RESULT, requestedFormat } from "./sync-answer.js";

/** Rule 906: the Content-Type of a result fits the format asked for. */
export const syncContentType = judgedCheck({
  id: "sync.content-type",
  scenario: "sync",
  level: "L1A",
  rules: [906],
  needs: ["POST /result"],
  expectation:
    "the Content-Type fits the requested format (not application/octet-stream), or names an archive (tar, ZIP) of several files",
  unjudged: NO_RESULT,
  judge: (exchange) =>
    judgeSyncResult(exchange, (answer) =>
      findingOf(contentTypeVerdict(answer.responseHeaders.get("content-type"), requestedFormat(answer))),
    ),
});
