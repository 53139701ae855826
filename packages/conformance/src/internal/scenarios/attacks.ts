import { authAttackAlgNone } from "../../judges/auth/auth-attack-alg-none.js";
import { authAttackExpired } from "../../judges/auth/auth-attack-expired.js";
import { authAttackForeignKey } from "../../judges/auth/auth-attack-foreign-key.js";
import { authAttackForgedBasic } from "../../judges/auth/auth-attack-forged-basic.js";
import { authAttackNoKid } from "../../judges/auth/auth-attack-no-kid.js";
import { authAttackTampered } from "../../judges/auth/auth-attack-tampered.js";
import {
  forgedBasicTokens,
  readJwt,
  signedByAnotherKey,
  tampered,
  unsigned,
  withoutKid,
} from "../forged-tokens.js";
import { oidcSignIn } from "../oidc-login.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { body } from "./answers.js";
import { plainOf } from "./bearer-form.js";
import { judgeScenario } from "./judge-scenario.js";
import { listsJwtClass } from "./oidc.js";

/** How long the kit waits on a real clock for a token to expire. */
const REAL_EXPIRY_WAIT_MS = 60_000;
const YEAR_S = 365 * 24 * 3600;
const NEEDS_JWT = "needs an OpenID Connect access token (--oidc-client-id and --oidc-client-secret)";

async function meWith(s: Session, bearer: string): Promise<Exchange> {
  return s.api("GET", "/me", { auth: { header: `Bearer ${bearer}` } });
}

/** Whether a user's bearer is an OpenID Connect token, which a long wait on the target's clock would expire. */
const isOidc = (bearer: string | undefined) =>
  bearer !== undefined && (bearer.startsWith("oidc/") || readJwt(bearer) !== undefined);

/** A tampered payload, another key, `alg: none`, no `kid`, and an expired token: each must be refused with 403. */
async function jwtAttacks(s: Session): Promise<void> {
  const jwt = s.oidcAccessToken;
  // A run that went on with the plain bearer form (see bearerForm) sends the forgeries in that form too.
  const plainRun = listsJwtClass(s) && s.token !== undefined && !plainOf(s.token);
  const prefix = plainRun ? "" : `oidc/${s.oidcProviderId}/`;
  const attacks = [
    [
      authAttackTampered,
      () => tampered(jwt ?? "", { exp: Math.floor(Date.now() / 1000) + YEAR_S }),
      "a token whose exp was moved a year on",
    ],
    [authAttackForeignKey, () => signedByAnotherKey(jwt ?? ""), "a token signed by another key"],
    [authAttackAlgNone, () => unsigned(jwt ?? ""), "an unsigned token (alg: none)"],
    [authAttackNoKid, () => withoutKid(jwt ?? ""), "a token signed by another key, without kid"],
  ] as const;
  for (const [check, forge, what] of attacks) {
    if (!s.runs(check.id)) continue;
    const answer = jwt && readJwt(jwt) ? await meWith(s, `${prefix}${forge()}`) : undefined;
    await judgeScenario(s, check, { answer, what, reason: NEEDS_JWT });
  }
  if (s.runs("auth.attack.expired")) await expiredAttack(s);
}

/** A fresh token, used once it expired: the kit waits on the target's own clock, or up to a minute of real time. */
async function expiredAttack(s: Session): Promise<void> {
  const client = s.options.credentials?.oidcClient;
  const signedIn = client && s.oidcAccessToken ? await oidcSignIn(s, client) : undefined;
  const exp = typeof signedIn === "object" ? readJwt(signedIn.accessToken)?.claims.exp : undefined;
  const wait = typeof exp === "number" ? exp * 1000 - Date.now() + 1000 : undefined;
  // Waiting past the expiry would also expire the users' own OIDC tokens, which the kit does not renew.
  const usersExpire = [s.token, s.secondToken, s.paymentToken].some(isOidc);
  const onTarget = s.options.targetClock;
  let reason =
    typeof signedIn === "string"
      ? `could not get a fresh token: ${signedIn}`
      : !signedIn
        ? NEEDS_JWT
        : undefined;
  if (!reason && wait === undefined) reason = "the access token is not a JWT with an exp claim";
  else if (!reason && usersExpire)
    reason =
      "the users sign in with OpenID Connect, so waiting for a token to expire would expire theirs too; give a Basic user or --token as the main user";
  else if (!reason && !onTarget && (wait as number) > REAL_EXPIRY_WAIT_MS)
    reason = `the access token lives ${Math.round((wait as number) / 1000)} s; the kit waits for expiry only on the target's own clock or up to ${REAL_EXPIRY_WAIT_MS / 1000} s`;
  let answer: Exchange | undefined;
  if (!reason && typeof signedIn === "object") {
    await s.options.clock.sleep(
      Math.max(0, onTarget ? (exp as number) * 1000 - s.options.clock.now() + 1000 : (wait as number)),
    );
    answer = await meWith(s, signedIn.bearer);
  }
  await judgeScenario(s, authAttackExpired, {
    answer,
    what: "an expired token",
    reason: reason ?? "not asked",
  });
}

/** `basic//<base64 of a user name>` and similar predictable values must not stand for that user. */
async function forgedBasic(s: Session): Promise<void> {
  if (!s.runs("auth.attack.forged-basic")) return;
  const me = s.token ? await s.api("GET", "/me") : undefined;
  const names = [body(me).user_id, s.options.credentials?.user].filter(
    (n): n is string => typeof n === "string" && n !== "",
  );
  const answers: Exchange[] = [];
  for (const bearer of [...new Set(names)].flatMap(forgedBasicTokens)) answers.push(await meWith(s, bearer));
  await judgeScenario(s, authAttackForgedBasic, answers);
}

/** Token attacks: forged, tampered, foreign, unsigned, kid-less and expired bearers must all answer 403. */
export async function attacks(s: Session): Promise<void> {
  await jwtAttacks(s);
  await forgedBasic(s);
}
