import { bytesVerdict } from "../../internal/scenarios/result-format.js";
import { scenarioCheck } from "../scenario-check.js";
import { hasData, NO_DATA, type SyncResult } from "./sync-result.js";

/** The API document: POST /result answers the data in the requested format. */
export const syncFormat = scenarioCheck({
  id: "sync.format",
  scenario: "sync",
  level: "L1A",
  rules: [],
  basis: "API: POST /result answers the result data in the requested format",
  needs: ["POST /result"],
  expectation: "the bytes parse as the requested format (or as the archive the Content-Type names)",
  verdict: ({ result, format }: SyncResult, c) => {
    c.use(result);
    return hasData(result) ? bytesVerdict(result, format) : NO_DATA;
  },
});
