import { breaks, conformsAs, judgedCheck } from "../judged-check.js";
import { created, NOT_CREATED, notCreated } from "./created.js";

/** Rule 736: a creation answer names the new job in OpenEO-Identifier. */
export const jobsCreateIdentifier = judgedCheck({
  id: "jobs.create.identifier",
  scenario: "lifecycle",
  level: "L1B",
  rules: [736],
  needs: ["POST /jobs"],
  expectation: "the creation answer has an OpenEO-Identifier header naming the job",
  unjudged: NOT_CREATED,
  passedOver: notCreated,
  judge: (creation) => {
    if (!created(creation)) return undefined;
    const identifier = creation.responseHeaders.get("openeo-identifier");
    return identifier
      ? conformsAs(`OpenEO-Identifier: ${identifier}`)
      : breaks("no OpenEO-Identifier header");
  },
});
