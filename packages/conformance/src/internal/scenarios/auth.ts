import type { OidcClient } from "../../oidc-client.js";
import { oidcSignIn } from "../oidc-login.js";
import { fail, pass, skip } from "../outcome.js";
import type { Exchange } from "../probe.js";
import type { Credentials, Session } from "../session.js";
import { answered, body } from "./answers.js";
import { bearerForm, plainOf } from "./bearer-form.js";
import { unlistedEndpoints } from "./capabilities-probe.js";
import { jwtBearers, oidcProviders } from "./oidc.js";
import { allAnswered, allRefused, askEach } from "./protected-endpoints.js";

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
  const token = tokenOf(exchange);
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

function tokenOf(exchange: Exchange): string | undefined {
  const token = body(exchange).access_token;
  return exchange.status !== undefined && exchange.status < 300 && typeof token === "string" && token
    ? token
    : undefined;
}

/** 401 without credentials, 403 with a wrong token, HTTP Basic, the bearer format, GET /me, a second user. */
export async function auth(s: Session): Promise<void> {
  const { credentials, secondUser } = s.options;
  if (s.runs("auth.missing-credentials")) {
    const anonymous = await askEach(s, "none");
    await s.check("auth.missing-credentials", (c) => allAnswered(c, anonymous, 401, "without credentials"));
  }
  if (s.runs("auth.invalid-token")) {
    const invalid = await askEach(s, { header: "Bearer basic//jobkit-invalid-token" });
    await s.check("auth.invalid-token", (c) => allRefused(c, invalid, "an invalid token"));
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
  await s.check("auth.basic", (c) => {
    if (!basicListed) {
      return s.supports("GET /credentials/oidc")
        ? pass("HTTP Basic is not offered, OpenID Connect is")
        : fail("the capabilities list neither GET /credentials/basic nor GET /credentials/oidc");
    }
    if (!basic && s.oidcAccessToken)
      return pass(
        "signed in with OpenID Connect (client credentials); HTTP Basic is listed but was not exercised",
      );
    if (!basic)
      return skip(
        credentials?.token
          ? "--token was given, so HTTP Basic was not exercised"
          : "no credentials were given (--user and --password, or --oidc-client-id and --oidc-client-secret)",
      );
    c.use(basic);
    if (basic.status !== 200) return fail(`GET /credentials/basic ${answered(basic)}; expected 200`);
    return tokenOf(basic)
      ? pass("200 with an access_token")
      : fail("200 but no access_token string in the body");
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
    await s.check("me.user-id", (c) => {
      c.use(me);
      if (me.status !== 200) return fail(`GET /me ${answered(me)}`);
      const id = body(me).user_id;
      return typeof id === "string" && id ? pass(`user_id ${id}`) : fail(`user_id is ${JSON.stringify(id)}`);
    });
    const second = s.secondToken ? await s.api("GET", "/me", { auth: "second" }) : undefined;
    await s.check("me.unique", (c) => {
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
    });
  }

  if (s.token && s.fullRun) {
    // Provokes a JobNotFound for the error-format checks over every exchange.
    await s.api("GET", "/jobs/{}", { params: [UNKNOWN_JOB_ID] });
  }
}
