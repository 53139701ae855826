import { breaks, conformsAs, type Finding, judgedCheck } from "../judged-check.js";
import type { Observed } from "../observed.js";
import { created, NOT_CREATED, notCreated } from "./created.js";

function judgeLocation(creation: Observed): Finding | undefined {
  if (!created(creation)) return undefined;
  const location = creation.responseHeaders.get("location");
  if (!location) return breaks("no Location header");
  if (!URL.canParse(location)) return breaks(`Location "${location}" is not an absolute URL`);
  const tail = new URL(location).pathname.replace(/\/+$/, "").split("/").slice(-2);
  if (tail[0] !== "jobs" || !tail[1]) return breaks(`Location "${location}" does not end in /jobs/{id}`);
  const identifier = creation.responseHeaders.get("openeo-identifier");
  if (identifier && decodeURIComponent(tail[1]) !== identifier)
    return breaks(`Location names ${tail[1]} but OpenEO-Identifier says ${identifier}`);
  return conformsAs(location);
}

/** Rule 736: a creation answer's Location is the new job's absolute URL. */
export const jobsCreateLocation = judgedCheck({
  id: "jobs.create.location",
  scenario: "lifecycle",
  level: "L1B",
  rules: [736],
  needs: ["POST /jobs"],
  expectation: "the creation answer has a Location header: an absolute URL ending in /jobs/{id}",
  unjudged: NOT_CREATED,
  passedOver: notCreated,
  judge: judgeLocation,
});
