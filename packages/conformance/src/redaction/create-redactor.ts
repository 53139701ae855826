import { LearnedSecrets } from "./learned-secrets.js";
import { isSecretName, redactText } from "./redact-text.js";

/** A path segment of a signed link that looks like its signature: long, URL-safe, with letters and digits. */
const SIGNATURE_SEGMENT = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_-]{24,}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How many redacted texts a redactor remembers (a report repeats ids, URLs and bodies); more clears the memory. */
const MAX_REMEMBERED = 4096;

/** A redactor: what secrets it learned, and how to hide them (and every secret named as one) in anything. */
export interface Redactor {
  /** Remembers secret values (a password, a token), to hide wherever they appear. */
  learn(...values: readonly (string | undefined)[]): void;
  /** Learns the credentials of a request: its Authorization value and secret form fields. */
  learnRequest(headers: Headers, form?: Readonly<Record<string, string>>): void;
  /** Learns the secrets of a JSON answer: token members, and the signatures of the signed links it lists. */
  learnAnswer(json: unknown): void;
  /** Text with every learned secret and every secret named as one hidden. */
  text(text: string): string;
  /** A copy of a value (a result, an event) with every string in it passed through {@link Redactor.text}. */
  deep<T>(value: T): T;
}

/** The secret parts of a signed link: signature-like path segments (not the job id) and secret parameters. */
function signedLinkSecrets(href: unknown, jobId: unknown): string[] {
  if (typeof href !== "string" || !URL.canParse(href)) return [];
  const url = new URL(href);
  const segments = url.pathname.split("/").filter((segment) => segment !== jobId);
  const parameters = [...url.searchParams].filter(([name]) => isSecretName(name)).map(([, value]) => value);
  return [...segments.filter((s) => SIGNATURE_SEGMENT.test(s) && !UUID.test(s)), ...parameters];
}

function hrefsOf(list: unknown): unknown[] {
  const items = Array.isArray(list) ? list : list && typeof list === "object" ? Object.values(list) : [];
  return items.map((item) =>
    item && typeof item === "object" ? (item as { href?: unknown }).href : undefined,
  );
}

/** The secrets a JSON answer carries: token members, and in a results document its links' signatures. */
function answerSecrets(json: unknown): string[] {
  if (!json || typeof json !== "object" || Array.isArray(json)) return [];
  const record = json as Record<string, unknown>;
  const members = Object.entries(record)
    .filter(([name, value]) => isSecretName(name) && typeof value === "string")
    .map(([, value]) => value as string);
  if (record.assets === undefined) return members;
  const hrefs = [...hrefsOf(record.assets), ...hrefsOf(record.links)];
  return [...members, ...hrefs.flatMap((href) => signedLinkSecrets(href, record.id))];
}

/**
 * A redactor that hides secrets by name ({@link redactText}) and by value: the values it was told or learned
 * from the traffic (credentials sent, tokens received, signatures of signed links), wherever they appear.
 *
 * @example
 * const redactor = createRedactor();
 * redactor.learn("alice123");
 * redactor.text("password alice123"); // "password <redacted>"
 */
export function createRedactor(): Redactor {
  const secrets = new LearnedSecrets();
  const remembered = new Map<string, string>();
  const learn = (...values: readonly (string | undefined)[]) => {
    if (secrets.add(values)) remembered.clear();
  };
  const text = (value: string) => {
    const known = remembered.get(value);
    if (known !== undefined) return known;
    const shown = secrets.hide(redactText(value));
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(value, shown);
    return shown;
  };
  const deep = <T>(value: T): T => {
    if (typeof value === "string") return text(value) as T;
    if (Array.isArray(value)) return value.map(deep) as T;
    if (value === null || typeof value !== "object") return value;
    // a loop rather than entries → map → fromEntries: a result holds thousands of objects, and the arrays add up
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = deep((value as Record<string, unknown>)[key]);
      // a member named __proto__ (JSON of a hostile answer) stays a member, as fromEntries keeps it
      if (key === "__proto__")
        Object.defineProperty(copy, key, {
          value: item,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else copy[key] = item;
    }
    return copy as T;
  };
  return {
    learn,
    learnRequest(headers, form) {
      const authorization = headers.get("authorization") ?? headers.get("proxy-authorization");
      const credentials = authorization?.slice(authorization.indexOf(" ") + 1);
      learn(credentials, credentials?.slice(credentials.lastIndexOf("/") + 1));
      if (credentials && authorization?.toLowerCase().startsWith("basic ")) {
        const pair = Buffer.from(credentials, "base64").toString("utf8");
        learn(pair.slice(pair.indexOf(":") + 1));
      }
      learn(
        ...Object.entries(form ?? {})
          .filter(([name]) => isSecretName(name))
          .map(([, value]) => value),
      );
    },
    learnAnswer: (json) => learn(...answerSecrets(json)),
    text,
    deep,
  };
}
