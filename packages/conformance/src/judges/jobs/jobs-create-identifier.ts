import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { scenarioCheck } from "../scenario-check.js";
import { notCreated } from "./not-created.js";

/** Rule 736: a creation answer names the new job in OpenEO-Identifier. */
export const jobsCreateIdentifier = scenarioCheck({
  id: "jobs.create.identifier",
  scenario: "lifecycle",
  level: "L1B",
  rules: [736],
  needs: ["POST /jobs"],
  expectation: "the creation answer has an OpenEO-Identifier header naming the job",
  verdict: (creation: Exchange, c) => {
    const refused = notCreated(creation, c);
    if (refused) return refused;
    const identifier = creation.headers.get("openeo-identifier");
    return identifier ? pass(`OpenEO-Identifier: ${identifier}`) : fail("no OpenEO-Identifier header");
  },
});
