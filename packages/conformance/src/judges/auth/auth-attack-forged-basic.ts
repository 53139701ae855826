import { pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { scenarioCheck } from "../scenario-check.js";
import { tokenRefused } from "./token-refused.js";

/**
 * Rule 102: predictable basic tokens built from the user's name do not stand for that user. Not an exchange
 * judge: that the bearers are forgeries is the run's knowledge (it forged them).
 */
export const authAttackForgedBasic = scenarioCheck({
  id: "auth.attack.forged-basic",
  scenario: "attacks",
  level: "L1",
  rules: [102],
  needs: ["GET /me"],
  expectation: "forged basic tokens built from the user's name (basic//<base64 of the name>, …) answer 403",
  verdict: (answers: readonly Exchange[], c) => {
    if (answers.length === 0)
      return skip("needs the user's name (a signed-in user whose GET /me has a user_id)");
    const accepted = answers.find((answer) => c.use(answer).status !== 403);
    return accepted
      ? tokenRefused(accepted, "GET /me", "a forged basic token")
      : pass(`${answers.length} forged basic tokens answered 403`);
  },
});
