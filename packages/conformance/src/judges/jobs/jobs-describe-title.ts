import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { body } from "../../internal/scenarios/answers.js";
import { DESCRIBE } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** A job's description and the title and description it was given. */
export interface DescribedAsGiven {
  readonly described: Exchange;
  readonly title: string;
  readonly description: string;
}

/** Rules 734, 752: title and description come back as given at creation. */
export const jobsDescribeTitle = scenarioCheck({
  id: "jobs.describe.title",
  scenario: "lifecycle",
  level: "L1B",
  rules: [734, 752],
  needs: DESCRIBE,
  expectation: "title and description come back as given at creation",
  verdict: ({ described, title, description }: DescribedAsGiven, c) => {
    c.use(described);
    const shown = body(described);
    return shown.title === title && shown.description === description
      ? pass("title and description as given")
      : fail(`title ${JSON.stringify(shown.title)}, description ${JSON.stringify(shown.description)}`);
  },
});
