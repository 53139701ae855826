import { scenarioCheck } from "../scenario-check.js";
import { forgedVerdict } from "./forged-bearer.js";

/** Rule 102. Not an exchange judge: that the bearer is a forgery is the run's knowledge (it forged it). */
export const authAttackTampered = scenarioCheck({
  id: "auth.attack.tampered",
  scenario: "attacks",
  level: "L2",
  rules: [102],
  needs: ["GET /me"],
  expectation: "an OIDC access token with an edited payload (exp moved on, original signature) answers 403",
  verdict: forgedVerdict,
});
