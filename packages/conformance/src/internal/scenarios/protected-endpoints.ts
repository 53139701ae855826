import { PROTECTED_PATHS } from "../../judges/auth/protected-paths.js";
import type { Exchange } from "../probe.js";
import type { ApiAuth, Session } from "../session.js";

/** The protected GET endpoints the capabilities list (every one while they are unknown). */
export function protectedEndpoints(s: Session): string[] {
  return PROTECTED_PATHS.filter((path) => s.supports(`GET ${path}`));
}

/** One GET of each protected endpoint, with the given credentials. */
export async function askEach(s: Session, auth: ApiAuth): Promise<Exchange[]> {
  const answers: Exchange[] = [];
  for (const path of protectedEndpoints(s)) answers.push(await s.api("GET", path, { auth }));
  return answers;
}
