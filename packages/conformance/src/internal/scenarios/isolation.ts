import { isolationDescribe } from "../../judges/isolation/isolation-describe.js";
import { isolationList } from "../../judges/isolation/isolation-list.js";
import { ScenarioStopped, type Session } from "../session.js";
import { answered } from "./answers.js";
import { foreignAccess } from "./foreign-access.js";
import { createJob, jobPayload } from "./jobs.js";
import { judgeScenario } from "./judge-scenario.js";

/** The second user must neither see nor list the first user's job, nor touch it (see {@link foreignAccess}). */
export async function isolation(s: Session): Promise<void> {
  if (!s.secondToken) {
    s.skipRemaining(
      s.options.secondUser
        ? "the second user could not authenticate"
        : "needs a second user (--second-user, --second-oidc-client or --second-token)",
      "isolation",
    );
    return;
  }
  const job = await createJob(s, jobPayload(s.options.process, "jobkit conformance: isolation"), "isolation");
  if (!job.id) throw new ScenarioStopped(`no job: POST /jobs ${answered(job.exchange)}`);
  const foreign = await s.api("GET", "/jobs/{}", { params: [job.id], auth: "second" });
  await judgeScenario(s, isolationDescribe, foreign);
  const list = await s.api("GET", "/jobs", { auth: "second" });
  await judgeScenario(s, isolationList, { list, jobId: job.id });
  await foreignAccess(s, job.id);
}
