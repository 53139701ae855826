/** GET endpoints without path parameters that serve only an authenticated user in openEO. */
export const PROTECTED_PATHS = ["/me", "/jobs", "/process_graphs", "/files", "/services"] as const;

/** Why a check of every protected endpoint was not evaluated: the capabilities list none. */
export const NONE_PROTECTED = `not evaluated: the capabilities list none of ${PROTECTED_PATHS.map((path) => `GET ${path}`).join(", ")}`;
