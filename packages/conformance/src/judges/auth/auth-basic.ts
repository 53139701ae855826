import { fail, pass, skip } from "../../internal/outcome.js";
import type { Exchange } from "../../internal/probe.js";
import { answered } from "../../internal/scenarios/answers.js";
import { scenarioCheck } from "../scenario-check.js";
import { accessToken } from "./access-token.js";

/** What the auth scenario knows when it judges the login: what is offered, and how the user signed in. */
export interface LoginSeen {
  readonly basicListed: boolean;
  readonly oidcListed: boolean;
  /** The HTTP Basic login, when the run made one. */
  readonly basic: Exchange | undefined;
  readonly signedInWithOidc: boolean;
  readonly tokenGiven: boolean;
}

/**
 * Rule 110: a way to sign in is offered, and HTTP Basic, when exercised, gives an access token. Not an exchange
 * judge: whether the run tried HTTP Basic, and why not, is the run's knowledge.
 */
export const authBasic = scenarioCheck({
  id: "auth.basic",
  scenario: "auth",
  level: "L1",
  rules: [110],
  needs: [],
  expectation:
    "GET /credentials/basic (or OIDC) is offered; with HTTP Basic it answers 200 with an access_token",
  verdict: (seen: LoginSeen, c) => {
    const { basic } = seen;
    if (!seen.basicListed) {
      return seen.oidcListed
        ? pass("HTTP Basic is not offered, OpenID Connect is")
        : fail("the capabilities list neither GET /credentials/basic nor GET /credentials/oidc");
    }
    if (!basic && seen.signedInWithOidc)
      return pass(
        "signed in with OpenID Connect (client credentials); HTTP Basic is listed but was not exercised",
      );
    if (!basic)
      return skip(
        seen.tokenGiven
          ? "--token was given, so HTTP Basic was not exercised"
          : "no credentials were given (--user and --password, or --oidc-client-id and --oidc-client-secret)",
      );
    c.use(basic);
    if (basic.status !== 200) return fail(`GET /credentials/basic ${answered(basic)}; expected 200`);
    return accessToken(basic)
      ? pass("200 with an access_token")
      : fail("200 but no access_token string in the body");
  },
});
