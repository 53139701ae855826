import { fail, pass } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, body } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/**
 * Rules 120–121: the signed-in user's GET /me. Not an exchange judge: that the request carried the user's valid
 * bearer (and not one of the run's forgeries) is the run's knowledge.
 */
export const meUserId = scenarioCheck({
  id: "me.user-id",
  scenario: "auth",
  level: "L2",
  rules: [120, 121],
  needs: ["GET /me"],
  expectation: "GET /me with auth answers 200 with a user_id",
  verdict: (me: Exchange, c) => {
    c.use(me);
    if (me.status !== 200) return fail(`GET /me ${answered(me)}`);
    const id = body(me).user_id;
    return typeof id === "string" && id ? pass(`user_id ${id}`) : fail(`user_id is ${JSON.stringify(id)}`);
  },
});
