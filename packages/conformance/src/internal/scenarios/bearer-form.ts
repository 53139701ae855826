import { authBearer, succeeded } from "../../judges/auth/auth-bearer.js";
import type { Session } from "../session.js";
import { judgeScenario } from "./judge-scenario.js";
import { listsJwtClass } from "./oidc.js";
import { askEach } from "./protected-endpoints.js";

/** The token of a legacy bearer (`basic//TOKEN`, `oidc/PROVIDER/TOKEN`), or undefined for another form. */
export function plainOf(bearer: string | undefined): string | undefined {
  return /^(?:basic|oidc)\/[^/]*\/(.+)$/.exec(bearer ?? "")?.[1];
}

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
  const refused = answers.some((exchange) => !succeeded(exchange));
  const plainAnswers = refused && plain ? await askEach(s, { header: `Bearer ${plain}` }) : [];
  const switched = plainAnswers.length > 0 && plainAnswers.every(succeeded);
  if (switched) s.token = plain;
  await judgeScenario(s, authBearer, { answers, shown, switched });
  return switched;
}
