import { logsUnknownJob } from "../../judges/logs/logs-unknown-job.js";
import type { Session } from "../session.js";
import { UNKNOWN_JOB_ID } from "./auth.js";
import { judgeScenario } from "./judge-scenario.js";

/** The logs of a job that does not exist. */
export async function unknownJobLogs(s: Session): Promise<void> {
  if (!s.runs(logsUnknownJob.id)) return;
  await judgeScenario(s, logsUnknownJob, await s.api("GET", "/jobs/{}/logs", { params: [UNKNOWN_JOB_ID] }));
}
