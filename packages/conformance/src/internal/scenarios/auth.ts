import { accessToken } from "../../judges/auth/access-token.js";
import { authBasic } from "../../judges/auth/auth-basic.js";
import { authInvalidToken } from "../../judges/auth/auth-invalid-token.js";
import { authMissingCredentials } from "../../judges/auth/auth-missing-credentials.js";
import { meUnique } from "../../judges/me/me-unique.js";
import { meUserId } from "../../judges/me/me-user-id.js";
import type { OidcClient } from "../../oidc-client.js";
import { oidcSignIn } from "../oidc-login.js";
import type { Exchange } from "../probe.js";
import type { Credentials, Session } from "../session.js";
import { answered } from "./answers.js";
import { bearerForm, plainOf } from "./bearer-form.js";
import { unlistedEndpoints } from "./capabilities-probe.js";
import { judgeScenario } from "./judge-scenario.js";
import { jwtBearers, oidcProviders } from "./oidc.js";
import { askEach } from "./protected-endpoints.js";

/** An id no back-end should have, to provoke a JobNotFound for the error-format checks. */
export const UNKNOWN_JOB_ID = "jobkit-conformance-no-such-job";

async function basicToken(s: Session, credentials: Credentials): Promise<Exchange> {
  const basic = Buffer.from(`${credentials.user}:${credentials.password}`).toString("base64");
  return s.api("GET", "/credentials/basic", { auth: { header: `Basic ${basic}` } });
}

/**
 * Logs a configured user in with HTTP Basic; a login that fails is a problem of the run (the user gave
 * credentials that do not work), named with the answer.
 */
async function login(
  s: Session,
  role: string,
  credentials: Credentials,
): Promise<{ exchange: Exchange; token: string | undefined }> {
  const exchange = await basicToken(s, credentials);
  const token = accessToken(exchange);
  if (token) return { exchange, token: `basic//${token}` };
  if (exchange.status === undefined && s.outOfTime()) return { exchange, token: undefined };
  s.runProblems.push(
    `the ${role} "${credentials.user}" could not log in: GET /credentials/basic ${answered(exchange)}${exchange.status === 200 ? " without an access_token" : ""}`,
  );
  return { exchange, token: undefined };
}

/** Signs a configured user in with OpenID Connect client credentials; a failure is a problem of the run. */
async function oidcLogin(s: Session, role: string, client: OidcClient): Promise<string | undefined> {
  const signedIn = await oidcSignIn(s, client);
  if (typeof signedIn !== "string") return signedIn.bearer;
  if (!s.outOfTime())
    s.runProblems.push(`the ${role} (OIDC client "${client.clientId}") could not sign in: ${signedIn}`);
  return undefined;
}

/** The bearer of a further user (second, payment): its token, an OIDC sign-in, or an HTTP Basic login. */
async function userToken(s: Session, role: string, credentials: Credentials): Promise<string | undefined> {
  if (credentials.token) return credentials.token;
  if (credentials.oidcClient) return oidcLogin(s, role, credentials.oidcClient);
  if (credentials.user && credentials.password !== undefined && s.supports("GET /credentials/basic"))
    return (await login(s, role, credentials)).token;
  return undefined;
}

/** The main user's OIDC access token for the JWT checks (signing in with it when it is the only credential). */
async function mainOidc(s: Session, client: OidcClient, useAsMain: boolean): Promise<void> {
  const signedIn = await oidcSignIn(s, client);
  if (typeof signedIn === "string") {
    if (!s.outOfTime())
      s.runProblems.push(`the user (OIDC client "${client.clientId}") could not sign in: ${signedIn}`);
    return;
  }
  s.oidcAccessToken = signedIn.accessToken;
  s.oidcProviderId = signedIn.providerId;
  if (useAsMain) s.token = signedIn.bearer;
}

/** 401 without credentials, 403 with a wrong token, HTTP Basic, the bearer format, GET /me, a second user. */
export async function auth(s: Session): Promise<void> {
  const { credentials, secondUser } = s.options;
  if (s.runs("auth.missing-credentials")) {
    const anonymous = await askEach(s, "none");
    await judgeScenario(s, authMissingCredentials, anonymous);
  }
  if (s.runs("auth.invalid-token")) {
    const invalid = await askEach(s, { header: "Bearer basic//jobkit-invalid-token" });
    await judgeScenario(s, authInvalidToken, invalid);
  }

  const basicListed = s.supports("GET /credentials/basic");
  let basic: Exchange | undefined;
  if (credentials?.token) s.token = credentials.token;
  else if (credentials?.user && credentials.password !== undefined && basicListed) {
    const attempt = await login(s, "user", credentials);
    basic = attempt.exchange;
    s.token = attempt.token;
  } else if (credentials?.user) {
    s.runProblems.push(
      `the user "${credentials.user}" could not log in: the capabilities do not list GET /credentials/basic (give --token for other methods)`,
    );
  }
  await oidcProviders(s);
  const oidcClient = credentials?.oidcClient;
  if (oidcClient && s.supports("GET /credentials/oidc"))
    await mainOidc(s, oidcClient, !s.token && !credentials?.user);
  await judgeScenario(s, authBasic, {
    basicListed,
    oidcListed: s.supports("GET /credentials/oidc"),
    basic,
    signedInWithOidc: s.oidcAccessToken !== undefined,
    tokenGiven: credentials?.token !== undefined,
  });

  if (!s.token) {
    const reason = credentials
      ? "not authenticated: the credentials gave no token (see auth.basic)"
      : "no credentials: give --user and --password, or --token";
    s.skipRemaining(reason, "auth");
  }
  const plain = await bearerForm(s);
  await unlistedEndpoints(s);
  await jwtBearers(s);
  // A back-end that took only the plain form of the main user's bearer takes only that of the others.
  const form = (bearer: string | undefined) => (plain ? (plainOf(bearer) ?? bearer) : bearer);
  if (secondUser && s.token) s.secondToken = form(await userToken(s, "second user", secondUser));
  const { paymentUser } = s.options;
  if (paymentUser && s.pendingIds("payment").length > 0)
    s.paymentToken = form(await userToken(s, "payment user", paymentUser));

  if (s.token && s.runs("me.user-id", "me.unique")) {
    const me = await s.api("GET", "/me");
    await judgeScenario(s, meUserId, me);
    const second = s.secondToken ? await s.api("GET", "/me", { auth: "second" }) : undefined;
    await judgeScenario(s, meUnique, { me, second });
  }

  if (s.token && s.fullRun) {
    // Provokes a JobNotFound for the error-format checks over every exchange.
    await s.api("GET", "/jobs/{}", { params: [UNKNOWN_JOB_ID] });
  }
}
