import { fail, pass } from "../outcome.js";
import type { Session } from "../session.js";
import { answered, answeredRefusal } from "./answers.js";
import { UNKNOWN_JOB_ID } from "./auth.js";

/** The logs of a job that does not exist: 404 (openEO's JobNotFound), not a log made up for it. */
export async function unknownJobLogs(s: Session): Promise<void> {
  if (!s.runs("logs.unknown-job")) return;
  const logs = await s.api("GET", "/jobs/{}/logs", { params: [UNKNOWN_JOB_ID] });
  await s.check("logs.unknown-job", (c) => {
    c.use(logs);
    return logs.status === 404
      ? pass(answeredRefusal(logs, 404, "JobNotFound"))
      : fail(`GET /jobs/${UNKNOWN_JOB_ID}/logs ${answered(logs)}; expected 404 JobNotFound`);
  });
}
