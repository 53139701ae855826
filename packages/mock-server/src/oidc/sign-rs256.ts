import { type KeyObject, sign } from "node:crypto";

const base64url = (text: string) => Buffer.from(text).toString("base64url");

/**
 * A compact JWT of `claims` under `header`, signed RS256 (RSASSA-PKCS1-v1_5 with SHA-256) by `privateKey`: the
 * same bytes as jose's `SignJWT` with those claims set in that order, made synchronously by `node:crypto`
 * (jose signs through WebCrypto on a worker thread, about three times as long for the mock's tokens).
 */
export function signRs256(
  header: Record<string, unknown>,
  privateKey: KeyObject,
  claims: Record<string, unknown>,
): string {
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  return `${input}.${sign("sha256", Buffer.from(input), privateKey).toString("base64url")}`;
}
