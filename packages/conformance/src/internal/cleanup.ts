import type { Exchange } from "./probe.js";
import { answered } from "./scenarios/answers.js";
import type { Session } from "./session.js";

/** Real time the cleanup may take beyond the run's deadline. */
export const CLEANUP_GRACE_MS = 2000;

const GONE = new Set([404, 410]);

/**
 * Deletes the jobs the run still has, then asks with `GET /jobs/{id}` whether every job the run deleted is
 * really gone. Every request fits before `until` (a `performance.now()` value). Returns the jobs left behind,
 * one line each with the answers that show it.
 */
export async function cleanUp(s: Session, until: number): Promise<string[]> {
  const request = (method: string, id: string, token: string | undefined) => {
    const timeoutMs = until - performance.now();
    if (timeoutMs <= 0) return undefined;
    return s.probe.request({
      method,
      url: s.url(`/jobs/${encodeURIComponent(id)}`),
      headers: s.authHeader(token),
      timeoutMs,
    });
  };
  const deletions = new Map<string, Exchange | undefined>();
  for (const [id, token] of s.createdJobs) {
    deletions.set(id, await request("DELETE", id, token));
    s.deletedJobs.set(id, token);
  }
  const leftovers: string[] = [];
  for (const [id, token] of s.deletedJobs) {
    const check = await request("GET", id, token);
    if (check?.status !== undefined && GONE.has(check.status)) continue;
    const deleted = deletions.has(id) ? `DELETE ${answered(deletions.get(id))}` : "deleted during the run";
    leftovers.push(
      check
        ? `${id}: ${deleted}, then GET ${answered(check)}`
        : `${id}: ${deleted}; not verified, the run's time (with ${CLEANUP_GRACE_MS / 1000} s of grace) ran out`,
    );
  }
  return leftovers;
}
