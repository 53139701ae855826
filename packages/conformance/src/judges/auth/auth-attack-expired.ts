import { scenarioCheck } from "../scenario-check.js";
import { forgedVerdict } from "./forged-bearer.js";

/** Rule 102. Not an exchange judge: that the bearer is a forgery is the run's knowledge (it forged it). */
export const authAttackExpired = scenarioCheck({
  id: "auth.attack.expired",
  scenario: "attacks",
  level: "L2",
  rules: [102],
  needs: ["GET /me"],
  expectation: "an OIDC access token used after its exp answers 403",
  verdict: forgedVerdict,
});
