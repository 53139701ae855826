import { ConformanceUsageError } from "../errors.js";

/** `value` if it is an absolute `http://` or `https://` URL; throws a {@link ConformanceUsageError} naming `--flag` else. */
export function httpUrl(value: string, flag: string): string {
  const protocol = URL.canParse(value) ? new URL(value).protocol : undefined;
  if (protocol === "http:" || protocol === "https:") return value;
  throw new ConformanceUsageError(
    `--${flag} needs an http:// or https:// URL, such as http://localhost:8080, got "${value}".`,
  );
}
