import { scenarioCheck } from "../scenario-check.js";
import { forgedVerdict } from "./forged-bearer.js";

/** Rule 102. Not an exchange judge: that the bearer is a forgery is the run's knowledge (it forged it). */
export const authAttackForeignKey = scenarioCheck({
  id: "auth.attack.foreign-key",
  scenario: "attacks",
  level: "L2",
  rules: [102],
  needs: ["GET /me"],
  expectation: "an OIDC access token signed by another key (with that key in its jwk header) answers 403",
  verdict: forgedVerdict,
});
