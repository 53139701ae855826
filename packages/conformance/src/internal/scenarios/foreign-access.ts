import type { CheckId } from "../../catalogue.js";
import type { ForeignWrite } from "../../judges/isolation/foreign-write.js";
import { isolationCancel } from "../../judges/isolation/isolation-cancel.js";
import { isolationDelete } from "../../judges/isolation/isolation-delete.js";
import { isolationLogs } from "../../judges/isolation/isolation-logs.js";
import { isolationModify } from "../../judges/isolation/isolation-modify.js";
import { isolationStart } from "../../judges/isolation/isolation-start.js";
import type { ScenarioCheck } from "../../judges/scenario-check.js";
import type { Session } from "../session.js";
import { startJob } from "./jobs.js";
import { judgeScenario } from "./judge-scenario.js";

const FOREIGN_TITLE = "jobkit conformance: isolation (changed by the second user)";

/** Another user's write of my job, with the job as its owner reads it before and after; the check judges them. */
async function foreignWrite(
  s: Session,
  check: ScenarioCheck<CheckId, ForeignWrite>,
  jobId: string,
  request: { method: string; path: string; json?: unknown },
): Promise<void> {
  if (!s.runs(check.id)) return;
  const before = await s.jobs.describe(jobId, "isolation");
  const foreign = await s.api(request.method, request.path, {
    params: [jobId],
    auth: "second",
    ...(request.json === undefined ? {} : { json: request.json }),
  });
  const after = await s.jobs.describe(jobId, "isolation");
  await judgeScenario(s, check, { before, foreign, after });
}

/** The owner starts the job and waits until it left `created`, so that a foreign cancel would have something to stop. */
async function startAsOwner(s: Session, jobId: string): Promise<void> {
  const start = await startJob(s, jobId);
  if (start.status !== undefined && start.status < 300)
    await s.jobs.waitFor(jobId, "isolation", (status) => status !== "created");
}

/**
 * The second user must not modify, start, cancel or delete the first user's job, nor read its logs (openEO: a
 * job is its owner's; to anyone else it does not exist). Each refusal is followed by the owner reading the job.
 */
export async function foreignAccess(s: Session, jobId: string): Promise<void> {
  if (s.runs("isolation.logs")) {
    const logs = await s.api("GET", "/jobs/{}/logs", { params: [jobId], auth: "second" });
    await judgeScenario(s, isolationLogs, logs);
  }
  const patch = { title: FOREIGN_TITLE, process: s.options.failingProcess };
  await foreignWrite(s, isolationModify, jobId, { method: "PATCH", path: "/jobs/{}", json: patch });
  await foreignWrite(s, isolationStart, jobId, { method: "POST", path: "/jobs/{}/results" });
  if (s.runs("isolation.cancel")) await startAsOwner(s, jobId);
  await foreignWrite(s, isolationCancel, jobId, { method: "DELETE", path: "/jobs/{}/results" });
  await foreignWrite(s, isolationDelete, jobId, { method: "DELETE", path: "/jobs/{}" });
}
