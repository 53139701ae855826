import { contentTypeVerdict } from "../../internal/scenarios/result-format.js";
import { scenarioCheck } from "../scenario-check.js";
import { hasData, NO_DATA, type SyncResult } from "./sync-result.js";

/** Rule 906: the Content-Type of a result fits the format asked for. */
export const syncContentType = scenarioCheck({
  id: "sync.content-type",
  scenario: "sync",
  level: "L1A",
  rules: [906],
  needs: ["POST /result"],
  expectation:
    "the Content-Type fits the requested format (not application/octet-stream), or names an archive (tar, ZIP) of several files",
  verdict: ({ result, format }: SyncResult, c) => {
    c.use(result);
    return hasData(result) ? contentTypeVerdict(result, format) : NO_DATA;
  },
});
