import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered, body } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";

/**
 * Rule 121: two users, two user_ids. Not an exchange judge: which answer is whose is the run's knowledge.
 * `second` is the second user's GET /me, undefined without a second user.
 */
export const meUnique = scenarioCheck({
  id: "me.unique",
  scenario: "auth",
  level: "L2",
  rules: [121],
  needs: ["GET /me"],
  expectation: "two users get different user_ids (needs a second user)",
  verdict: (seen: { me: Exchange; second: Exchange | undefined }, c) => {
    const { me, second } = seen;
    if (!second) return skip("needs a second user (--second-user, --second-oidc-client or --second-token)");
    c.use(me);
    c.use(second);
    const first = body(me).user_id;
    const other = body(second).user_id;
    if (second.status !== 200 || typeof other !== "string")
      return fail(`GET /me as the second user ${answered(second)}`);
    return first !== other
      ? pass(`${first} ≠ ${other}`)
      : fail(`both users have user_id ${JSON.stringify(first)}`);
  },
});
