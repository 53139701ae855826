import { createSign, generateKeyPairSync, type KeyPairKeyObjectResult } from "node:crypto";

type Claims = Record<string, unknown>;

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString("base64url");

function decodePart(part: string | undefined): Claims | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part ?? "", "base64url").toString("utf8"));
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Claims) : undefined;
  } catch {
    return undefined;
  }
}

/** The header and claims of a JWT (unverified), or undefined when the token is not one. */
export function readJwt(token: string): { header: Claims; claims: Claims; signature: string } | undefined {
  const [header, claims, signature, ...rest] = token.split(".");
  const decodedHeader = decodePart(header);
  const decodedClaims = decodePart(claims);
  if (rest.length > 0 || signature === undefined || !decodedHeader || !decodedClaims) return undefined;
  return { header: decodedHeader, claims: decodedClaims, signature };
}

/** The token with edited claims and its original header and signature (a tampered payload). */
export function tampered(token: string, edit: Claims): string {
  const [header, claims, signature] = token.split(".");
  return `${header}.${encode({ ...decodePart(claims), ...edit })}.${signature}`;
}

/** The token's claims unsigned: header `alg: none`, empty signature. */
export function unsigned(token: string): string {
  return `${encode({ alg: "none", typ: "JWT" })}.${encode(readJwt(token)?.claims ?? {})}.`;
}

let forgingKeyPair: KeyPairKeyObjectResult | undefined;

/**
 * The kit's own signing key, made once per process when first needed (a 2048-bit RSA key takes tens of
 * milliseconds). It only forges tokens a back-end must refuse, so sharing it between runs guards nothing.
 */
function forgingKey(): KeyPairKeyObjectResult {
  forgingKeyPair ??= generateKeyPairSync("rsa", { modulusLength: 2048 });
  return forgingKeyPair;
}

/** `claims` signed RS256 by the kit's own key, under `header` (alg and typ added). */
function signedByKit(header: Claims, claims: Claims): string {
  const { privateKey } = forgingKey();
  const input = `${encode({ alg: "RS256", typ: "JWT", ...header })}.${encode(claims)}`;
  return `${input}.${createSign("RSA-SHA256").update(input).sign(privateKey).toString("base64url")}`;
}

/**
 * The token's claims signed RS256 by a key the kit made, with the original `kid` and the kit's public key in
 * the `jwk` header (a back-end that trusts an embedded key would take it).
 */
export function signedByAnotherKey(token: string): string {
  const read = readJwt(token);
  const jwk = forgingKey().publicKey.export({ format: "jwk" });
  return signedByKit({ kid: read?.header.kid, jwk }, read?.claims ?? {});
}

/** The token's claims signed by the kit's key under a header without `kid` (a back-end that looks one up must cope). */
export function withoutKid(token: string): string {
  return signedByKit({}, readJwt(token)?.claims ?? {});
}

/** Bearer values a back-end must not take for user `name`: predictable patterns of the name itself. */
export function forgedBasicTokens(name: string): string[] {
  const b64 = (text: string) => Buffer.from(text).toString("base64");
  return [`basic//${b64(name)}`, `basic//${b64(`${name}:`)}`, `basic//${name}`];
}
