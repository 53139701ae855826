import { syncContentType } from "../../judges/sync/sync-content-type.js";
import { syncCosts } from "../../judges/sync/sync-costs.js";
import { syncFormat } from "../../judges/sync/sync-format.js";
import { syncMonitorLink } from "../../judges/sync/sync-monitor-link.js";
import { syncRejectsInvalid } from "../../judges/sync/sync-rejects-invalid.js";
import { syncStatus200 } from "../../judges/sync/sync-status-200.js";
import type { Session } from "../session.js";
import { INVALID_PROCESS } from "./jobs.js";
import { judgeMade, judgeValid } from "./judge-exchanges.js";
import { judgeScenario } from "./judge-scenario.js";

/** POST /result: refusal of a bad graph, then the bytes of a good one. */
export async function sync(s: Session): Promise<void> {
  if (s.runs(syncRejectsInvalid.id)) {
    const rejected = await s.api("POST", "/result", { json: { process: INVALID_PROCESS } });
    await judgeScenario(s, syncRejectsInvalid, rejected);
  }
  const result = await s.api("POST", "/result", { json: { process: s.options.process } });
  await judgeValid(s, syncStatus200, result);
  await judgeMade(s, syncContentType, [result]);
  await judgeMade(s, syncFormat, [result]);
  await judgeMade(s, syncCosts, [result]);
  await judgeMade(s, syncMonitorLink, [result]);
}
