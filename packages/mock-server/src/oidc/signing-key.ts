import {
  checkPrimeSync,
  createHmac,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from "node:crypto";
import type { Secrets } from "../internal/secrets.js";

/** The mock IdP's RS256 key: the private half signs access tokens, the public JWK is served in the JWKS. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The public key as a JWK with `kid`, `alg`, `use`, ready for `{ keys: [...] }`. */
  publicJwk: Record<string, string>;
}

const PRIME_BITS = 1024;
const E = 65537n;
const cache = new Map<string, SigningKey>();

/** `bytes` pseudo-random bytes from HMAC-SHA256 in counter mode, keyed by the key material and a label. */
function streamBytes(seed: Buffer, label: string, bytes: number): Buffer {
  const chunks: Buffer[] = [];
  for (let counter = 0; chunks.length * 32 < bytes; counter++) {
    chunks.push(createHmac("sha256", seed).update(`${label}/${counter}`).digest());
  }
  return Buffer.concat(chunks).subarray(0, bytes);
}

/** The first prime at or after a seeded odd start with its two top bits set (so p·q has the full 2048 bits). */
function seededPrime(seed: Buffer, label: string): bigint {
  let candidate = BigInt(`0x${streamBytes(seed, label, PRIME_BITS / 8).toString("hex")}`);
  candidate |= (3n << BigInt(PRIME_BITS - 2)) | 1n;
  while ((candidate - 1n) % E === 0n || !checkPrimeSync(candidate)) candidate += 2n;
  return candidate;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}

function base64url(value: bigint): string {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return Buffer.from(hex, "hex").toString("base64url");
}

function signingKey(privateKey: KeyObject, kid: string): SigningKey {
  const publicKey = createPublicKey(privateKey);
  const { n, e } = publicKey.export({ format: "jwk" }) as { n: string; e: string };
  return { kid, privateKey, publicKey, publicJwk: { kty: "RSA", n, e, kid, alg: "RS256", use: "sig" } };
}

/**
 * The RSA-2048 key of some key material: its primes come from a keyed HMAC stream, primality is checked by
 * `node:crypto`, so the same material gives the same key (and the same token signatures) on every run.
 * Keys are cached for the life of the process.
 */
function derivedSigningKey(seed: Buffer): SigningKey {
  const id = seed.toString("hex");
  const cached = cache.get(id);
  if (cached) return cached;
  const p = seededPrime(seed, "p");
  let q = seededPrime(seed, "q");
  for (let i = 0; q === p; i++) q = seededPrime(seed, `q${i}`);
  const n = p * q;
  const d = modInverse(E, (p - 1n) * (q - 1n));
  const jwk = {
    kty: "RSA",
    n: base64url(n),
    e: base64url(E),
    d: base64url(d),
    p: base64url(p),
    q: base64url(q),
    dp: base64url(d % (p - 1n)),
    dq: base64url(d % (q - 1n)),
    qi: base64url(modInverse(q, p)),
  };
  const key = signingKey(
    createPrivateKey({ key: jwk, format: "jwk" }),
    `jobkit-${streamBytes(seed, "kid", 6).toString("hex")}`,
  );
  cache.set(id, key);
  return key;
}

/**
 * The IdP's signing key: derived from the seed's key material when the secrets are reproducible, else a fresh
 * RSA-2048 key pair of the platform's generator.
 */
export function signingKeyOf(secrets: Secrets): SigningKey {
  const material = secrets.key("oidc-signing-key");
  if (secrets.reproducible) return derivedSigningKey(material);
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return signingKey(privateKey, `jobkit-${material.subarray(0, 6).toString("hex")}`);
}
