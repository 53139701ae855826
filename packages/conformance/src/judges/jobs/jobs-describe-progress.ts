import { JOB_STATUSES, type JobStatus } from "@jobkit/spec/facts";
import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { body, listSome } from "../../internal/scenarios/answers.js";
import { DESCRIBE } from "../needs.js";
import { scenarioCheck } from "../scenario-check.js";

/** What is wrong with the status and progress of one description. */
function issuesOf(exchange: Exchange): string[] {
  const { status, progress } = body(exchange);
  const issues: string[] = [];
  if (typeof status !== "string" || !JOB_STATUSES.includes(status as JobStatus))
    issues.push(`status ${JSON.stringify(status)}`);
  if (progress !== undefined && (typeof progress !== "number" || progress < 0 || progress > 100))
    issues.push(`progress ${JSON.stringify(progress)}`);
  return issues;
}

/** Rule 754: every description of the job has a known status and a progress within 0–100. */
export const jobsDescribeProgress = scenarioCheck({
  id: "jobs.describe.progress",
  scenario: "lifecycle",
  level: "L1B",
  rules: [754],
  needs: DESCRIBE,
  expectation: "every description has a known status and, if present, a progress between 0 and 100",
  verdict: (descriptions: readonly Exchange[], c) => {
    const described = descriptions.filter((exchange) => exchange.status === 200);
    const problems = described.flatMap((exchange) => {
      const issues = issuesOf(exchange);
      if (issues.length > 0) c.note(exchange);
      return issues;
    });
    return problems.length > 0
      ? fail(`${problems.length} of ${described.length} descriptions: ${listSome([...new Set(problems)])}`)
      : pass(`${described.length} descriptions with known statuses and progress within 0–100`);
  },
});
