import { scenarioCheck } from "../scenario-check.js";
import { jwtBearerVerdict } from "./jwt-bearer.js";

/**
 * Rule 100 with the JWT conformance class. Not an exchange judge: that the bearer is the user's valid JWT is the
 * run's knowledge.
 */
export const authJwtLegacy = scenarioCheck({
  id: "auth.jwt.legacy",
  scenario: "auth",
  level: "L2",
  rules: [100],
  needs: ["GET /me"],
  expectation:
    "with the JWT conformance class listed, the legacy `Bearer oidc/<provider>/<jwt>` is still accepted",
  verdict: jwtBearerVerdict,
});
