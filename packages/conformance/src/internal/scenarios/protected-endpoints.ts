import { type CheckContext, fail, type Outcome, pass, skip } from "../outcome.js";
import type { Exchange } from "../probe.js";
import type { ApiAuth, Session } from "../session.js";
import { answered, listSome } from "./answers.js";
import { tokenRefused } from "./token-refusal.js";

/** GET endpoints without path parameters that serve only an authenticated user in openEO. */
const PROTECTED = ["/me", "/jobs", "/process_graphs", "/files", "/services"] as const;

/** The protected GET endpoints the capabilities list (every one while they are unknown). */
export function protectedEndpoints(s: Session): string[] {
  return PROTECTED.filter((path) => s.supports(`GET ${path}`));
}

/** Why a check of every protected endpoint was not evaluated: the capabilities list none. */
export const NONE_PROTECTED = `not evaluated: the capabilities list none of ${PROTECTED.map((path) => `GET ${path}`).join(", ")}`;

/** One GET of each protected endpoint, with the given credentials. */
export async function askEach(s: Session, auth: ApiAuth): Promise<Exchange[]> {
  const answers: Exchange[] = [];
  for (const path of protectedEndpoints(s)) answers.push(await s.api("GET", path, { auth }));
  return answers;
}

const request = (exchange: Exchange) => `GET ${exchange.url.pathname}`;

/** Every answer must be `expected`; the outcome names each that was not (rule 101: 401 without credentials). */
export function allAnswered(
  c: CheckContext,
  answers: readonly Exchange[],
  expected: number,
  without: string,
): Outcome {
  if (answers.length === 0) return skip(NONE_PROTECTED);
  for (const exchange of answers) c.note(exchange);
  const wrong = answers.filter((exchange) => exchange.status !== expected);
  return wrong.length === 0
    ? pass(`${answers.map(request).join(", ")} ${without}: ${expected}`)
    : fail(
        `${without}: ${listSome(wrong.map((exchange) => `${request(exchange)} ${answered(exchange)}`))}; expected ${expected}`,
        wrong.map((exchange) => `${request(exchange)} ${answered(exchange)}`),
      );
}

/** Every answer to a bad bearer must be a 403 (rule 102); the first that is not gives the verdict. */
export function allRefused(c: CheckContext, answers: readonly Exchange[], what: string): Outcome {
  if (answers.length === 0) return skip(NONE_PROTECTED);
  for (const exchange of answers) c.note(exchange);
  const wrong = answers.find((exchange) => exchange.status !== 403);
  if (!wrong) return pass(`${what}: ${answers.map(request).join(", ")} answered 403`);
  const verdict = tokenRefused(wrong, request(wrong), what);
  const others = answers.filter((exchange) => exchange !== wrong && exchange.status !== 403);
  return others.length === 0
    ? verdict
    : fail(`${verdict.observation}; also ${listSome(others.map((e) => `${request(e)} ${answered(e)}`))}`);
}
