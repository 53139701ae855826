import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { scenarioCheck } from "../scenario-check.js";
import { notCreated } from "./not-created.js";

/** Rule 736: a creation answer's Location is the new job's absolute URL. */
export const jobsCreateLocation = scenarioCheck({
  id: "jobs.create.location",
  scenario: "lifecycle",
  level: "L1B",
  rules: [736],
  needs: ["POST /jobs"],
  expectation: "the creation answer has a Location header: an absolute URL ending in /jobs/{id}",
  verdict: (creation: Exchange, c) => {
    const refused = notCreated(creation, c);
    if (refused) return refused;
    const location = creation.headers.get("location");
    if (!location) return fail("no Location header");
    if (!URL.canParse(location)) return fail(`Location "${location}" is not an absolute URL`);
    const tail = new URL(location).pathname.replace(/\/+$/, "").split("/").slice(-2);
    if (tail[0] !== "jobs" || !tail[1]) return fail(`Location "${location}" does not end in /jobs/{id}`);
    const identifier = creation.headers.get("openeo-identifier");
    if (identifier && decodeURIComponent(tail[1]) !== identifier)
      return fail(`Location names ${tail[1]} but OpenEO-Identifier says ${identifier}`);
    return pass(location);
  },
});
