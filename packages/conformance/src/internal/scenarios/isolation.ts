import { fail, pass } from "../outcome.js";
import { ScenarioStopped, type Session } from "../session.js";
import { answered, arrayOf, isObject } from "./answers.js";
import { foreignAccess, foreignVerdict } from "./foreign-access.js";
import { createJob, jobPayload } from "./jobs.js";

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
  await s.check("isolation.describe", (c) => foreignVerdict(c.use(foreign), "GET /jobs/{id}"));
  const list = await s.api("GET", "/jobs", { auth: "second" });
  await s.check("isolation.list", (c) => {
    c.use(list);
    if (list.status !== 200) return fail(`the second user's GET /jobs ${answered(list)}`);
    const jobs = arrayOf(list, "jobs");
    return jobs.some((item) => isObject(item) && item.id === job.id)
      ? fail(`the second user's list shows the first user's job ${job.id}`)
      : pass(`${jobs.length} jobs listed, not the first user's`);
  });
  await foreignAccess(s, job.id);
}
