import { scenarioCheck } from "../scenario-check.js";
import { jwtBearerVerdict } from "./jwt-bearer.js";

/**
 * Rule 100 with the JWT conformance class. Not an exchange judge: that the bearer is the user's valid JWT is the
 * run's knowledge.
 */
export const authJwtPlain = scenarioCheck({
  id: "auth.jwt.plain",
  scenario: "auth",
  level: "L2",
  rules: [100],
  needs: ["GET /me"],
  expectation: "with the JWT conformance class (1.3.0) listed, `Authorization: Bearer <jwt>` is accepted",
  verdict: jwtBearerVerdict,
});
