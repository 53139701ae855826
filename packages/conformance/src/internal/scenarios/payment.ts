import { paymentStart } from "../../judges/payment/payment-start.js";
import { paymentSync } from "../../judges/payment/payment-sync.js";
import type { Session } from "../session.js";
import { createdId, jobPayload } from "./jobs.js";
import { judgeScenario } from "./judge-scenario.js";

/** A user without credit may create a job but neither start it nor process synchronously. */
export async function payment(s: Session): Promise<void> {
  if (!s.paymentToken) {
    s.skipRemaining(
      s.options.paymentUser
        ? "the payment user could not authenticate"
        : "needs a user without credit (--payment-user, --payment-oidc-client or --payment-token)",
      "payment",
    );
    return;
  }
  if (s.runs(paymentStart.id)) {
    const created = await s.api("POST", "/jobs", {
      auth: "payment",
      json: jobPayload(s.options.process, "jobkit conformance: payment"),
    });
    const jobId = createdId(created);
    if (jobId) s.createdJobs.set(jobId, s.paymentToken);
    const start = jobId
      ? await s.api("POST", "/jobs/{}/results", { params: [jobId], auth: "payment" })
      : undefined;
    const after = jobId ? await s.api("GET", "/jobs/{}", { params: [jobId], auth: "payment" }) : undefined;
    await judgeScenario(s, paymentStart, { created, start, after });
  }
  if (s.runs(paymentSync.id)) {
    const result = await s.api("POST", "/result", { auth: "payment", json: { process: s.options.process } });
    await judgeScenario(s, paymentSync, result);
  }
}
