import { scenarioCheck } from "../scenario-check.js";
import { forgedVerdict } from "./forged-bearer.js";

/** Rule 102. Not an exchange judge: that the bearer is a forgery is the run's knowledge (it forged it). */
export const authAttackAlgNone = scenarioCheck({
  id: "auth.attack.alg-none",
  scenario: "attacks",
  level: "L2",
  rules: [102],
  needs: ["GET /me"],
  expectation: "an unsigned OIDC access token (alg: none) answers 403",
  verdict: forgedVerdict,
});
