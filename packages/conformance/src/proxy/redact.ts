import { redactHeader } from "../internal/redact-header.js";

const SECRET_MEMBERS = /("(?:access_token|refresh_token|id_token|password|client_secret)"\s*:\s*")[^"]*(")/g;

/** Headers as a plain record with credentials hidden. */
export function redactedHeaders(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = redactHeader(name, value);
  });
  return record;
}

/** Body text with token and password members of JSON hidden (`/credentials/basic` answers carry a token). */
export function redactBody(text: string): string {
  return text.replace(SECRET_MEMBERS, "$1<redacted>$2");
}
