import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, body } from "../../internal/scenarios/answers.js";
import type { CreatedJob } from "../../internal/scenarios/jobs.js";
import { scenarioCheck } from "../scenario-check.js";

/** A job created with extra properties (`sent`) and its description (when it was created). */
export interface CreatedWithOptions {
  readonly sent: Readonly<Record<string, unknown>>;
  readonly job: CreatedJob;
  readonly described: Exchange | undefined;
}

/** Rules 732, 733, 735, 755: plan, budget, log_level and additional properties come back as sent. */
export const jobsCreateOptions = scenarioCheck({
  id: "jobs.create.options",
  scenario: "lifecycle",
  level: "L3",
  rules: [732, 733, 735, 755],
  needs: ["POST /jobs", "GET /jobs/{}"],
  expectation:
    "a job created with plan, budget, log_level and an additional property shows them in its description",
  verdict: ({ sent, job, described }: CreatedWithOptions, c) => {
    c.use(job.exchange);
    if (!job.id) return fail(`POST /jobs with ${Object.keys(sent).join(", ")} ${answered(job.exchange)}`);
    const shown = body(c.use(described));
    const differ = Object.entries(sent).filter(([key, value]) => shown[key] !== value);
    return differ.length > 0
      ? fail(
          `not shown as sent: ${differ.map(([key, value]) => `${key} sent ${JSON.stringify(value)}, shown ${JSON.stringify(shown[key])}`).join("; ")}`,
        )
      : pass(`${Object.keys(sent).join(", ")} shown as sent`);
  },
});
