import { fail, pass } from "../../internal/outcome.js";
import { body } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";
import type { DescribedAsGiven } from "./jobs-describe-title.js";

/** Rule 764: after PATCH the description shows the new title and description. */
export const jobsUpdateApplied = scenarioCheck({
  id: "jobs.update.applied",
  scenario: "lifecycle",
  level: "L3",
  rules: [764],
  needs: ["PATCH /jobs/{}", "GET /jobs/{}"],
  expectation: "after PATCH the description shows the new title and description",
  verdict: ({ described, title, description }: DescribedAsGiven, c) => {
    c.use(described);
    const updated = body(described);
    return updated.title === title && updated.description === description
      ? pass("the new title and description are shown")
      : fail(
          `after PATCH: title ${JSON.stringify(updated.title)}, description ${JSON.stringify(updated.description)}`,
        );
  },
});
