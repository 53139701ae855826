import { fail, pass, skip } from "../outcome.js";
import type { Exchange } from "../probe.js";
import type { Session } from "../session.js";
import { answered } from "./answers.js";
import { listsJwtClass } from "./oidc.js";
import { askEach, NONE_PROTECTED } from "./protected-endpoints.js";

/** The token of a legacy bearer (`basic//TOKEN`, `oidc/PROVIDER/TOKEN`), or undefined for another form. */
export function plainOf(bearer: string | undefined): string | undefined {
  return /^(?:basic|oidc)\/[^/]*\/(.+)$/.exec(bearer ?? "")?.[1];
}

const ok = (exchange: Exchange) =>
  exchange.status !== undefined && exchange.status >= 200 && exchange.status < 300;

/**
 * `auth.bearer` (rule 100): the main user's legacy bearer on every protected endpoint. On openEO 1.3.0 with the
 * JWT class listed, a legacy form that fails is failed here, and the run goes on with the plain form
 * (`Bearer TOKEN`) when that one works, so that the checks after it still judge the back-end. Returns whether the
 * run switched to the plain form.
 */
export async function bearerForm(s: Session): Promise<boolean> {
  const plain = listsJwtClass(s) ? plainOf(s.token) : undefined;
  if (!s.token || !(s.runs("auth.bearer") || plain)) return false;
  const shown = `Bearer ${s.token.split("/").slice(0, 2).join("/")}/…`;
  const answers = await askEach(s, "main");
  const refused = answers.find((exchange) => !ok(exchange));
  const plainAnswers = refused && plain ? await askEach(s, { header: `Bearer ${plain}` }) : [];
  const switched = plainAnswers.length > 0 && plainAnswers.every(ok);
  if (switched) s.token = plain;
  await s.check("auth.bearer", (c) => {
    if (answers.length === 0) return skip(NONE_PROTECTED);
    if (!refused)
      return pass(`${answers.map((e) => `GET ${e.url.pathname} ${e.status}`).join(", ")} with ${shown}`);
    c.use(refused);
    const then = switched
      ? "; the plain form Bearer <token> (the JWT conformance class is listed) was accepted, so the run goes on with it"
      : "";
    return fail(`GET ${refused.url.pathname} with the token ${answered(refused)}${then}`);
  });
  return switched;
}
