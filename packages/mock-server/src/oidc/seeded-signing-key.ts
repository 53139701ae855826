import { checkPrimeSync, createHmac, createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";

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
const cache = new Map<number, SigningKey>();

/** `bytes` pseudo-random bytes from HMAC-SHA256 in counter mode, keyed by the seed and a label. */
function streamBytes(seed: number, label: string, bytes: number): Buffer {
  const chunks: Buffer[] = [];
  for (let counter = 0; chunks.length * 32 < bytes; counter++) {
    chunks.push(createHmac("sha256", `jobkit-mock-oidc-key-${seed}`).update(`${label}/${counter}`).digest());
  }
  return Buffer.concat(chunks).subarray(0, bytes);
}

/** The first prime at or after a seeded odd start with its two top bits set (so p·q has the full 2048 bits). */
function seededPrime(seed: number, label: string): bigint {
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

/**
 * The RSA-2048 key of a seed: its primes come from a keyed HMAC stream, primality is checked by
 * `node:crypto`, so the same seed gives the same key (and the same token signatures) on every run.
 * Keys are cached per seed for the life of the process.
 */
export function seededSigningKey(seed: number): SigningKey {
  const cached = cache.get(seed);
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
  const privateKey = createPrivateKey({ key: jwk, format: "jwk" });
  const publicKey = createPublicKey(privateKey);
  const kid = `jobkit-${streamBytes(seed, "kid", 6).toString("hex")}`;
  const key: SigningKey = {
    kid,
    privateKey,
    publicKey,
    publicJwk: { kty: "RSA", n: jwk.n, e: jwk.e, kid, alg: "RS256", use: "sig" },
  };
  cache.set(seed, key);
  return key;
}
