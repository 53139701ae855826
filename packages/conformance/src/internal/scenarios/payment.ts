import { fail, pass, skip } from "../outcome.js";
import type { Session } from "../session.js";
import { answered, answeredRefusal, isRefusal } from "./answers.js";
import { createdId, jobPayload, statusOf } from "./jobs.js";

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
  if (s.runs("payment.start")) {
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
    await s.check("payment.start", (c) => {
      if (!jobId || !start || !after)
        return skip(`the user without credit could not create a job: POST /jobs ${answered(created)}`);
      c.use(start);
      // rule 852 asks for a refusal; openEO's own is 402 PaymentRequired (a SHOULD of the API document)
      if (!isRefusal(start))
        return fail(`starting it ${answered(start)}; expected 402 PaymentRequired or another 4xx`);
      c.use(after);
      const status = statusOf(after);
      return status === "created"
        ? pass(`${answeredRefusal(start, 402, "PaymentRequired")}; the job stays created`)
        : fail(`refused with ${start.status}, but the job is now ${status ?? answered(after)}`);
    });
  }
  if (s.runs("payment.sync")) {
    const result = await s.api("POST", "/result", { auth: "payment", json: { process: s.options.process } });
    await s.check("payment.sync", (c) => {
      c.use(result);
      return isRefusal(result)
        ? pass(answeredRefusal(result, 402, "PaymentRequired"))
        : fail(
            `POST /result of a user without credit ${answered(result)}; expected 402 PaymentRequired or another 4xx`,
          );
    });
  }
}
