import { createHmac, randomBytes, scryptSync } from "node:crypto";
import type { Random } from "./random.js";

/**
 * Where the mock's secrets, ids and keys come from. Without a seed: the platform's CSPRNG. With a seed: HMAC-SHA256
 * in counter mode under a key stretched from the seed with scrypt, so that nothing a user sees is generator
 * state, and finding the seed from an id costs an scrypt evaluation per guess.
 */
export interface Secrets {
  /** True when everything derives from a seed (same seed and requests → same ids, tokens and keys). */
  readonly reproducible: boolean;
  /** A generator for one named stream; a seeded stream starts over each time it is made, a random one never repeats. */
  stream(label: string): Random;
  /** 32 bytes of key material named `label`, the same for the life of these secrets. */
  key(label: string): Buffer;
  /** The seed of synthetic outputs (pixels, large assets): a hash of the seed's key, never the seed itself. */
  readonly outputSeed: number;
}

const STRETCHED = new Map<number, Buffer>();
/** scrypt cost: about 50 ms once per seed and process, 2^32 of them for a search over 32-bit seeds. */
const SCRYPT = { N: 2 ** 14, r: 8, p: 1 };

function stretched(seed: number): Buffer {
  let key = STRETCHED.get(seed);
  if (!key) {
    key = scryptSync(`jobkit-mock-seed/${seed}`, "jobkit-mock-secrets", 32, SCRYPT);
    STRETCHED.set(seed, key);
  }
  return key;
}

/** A {@link Random} over a source of 32-byte blocks. */
function blockRandom(nextBlock: () => Buffer): Random {
  let block: Buffer = Buffer.alloc(0);
  let used = 0;
  const take = (bytes: number): Buffer => {
    const out = Buffer.alloc(bytes);
    for (let filled = 0; filled < bytes; ) {
      if (used === block.length) {
        block = nextBlock();
        used = 0;
      }
      const n = block.copy(out, filled, used, Math.min(block.length, used + bytes - filled));
      used += n;
      filled += n;
    }
    return out;
  };
  return {
    next: () => take(4).readUInt32BE() / 4294967296,
    hex: (length) =>
      take(Math.ceil(length / 2))
        .toString("hex")
        .slice(0, length),
  };
}

/** Secrets from a seed. The scrypt stretch runs at the first secret asked for, not at start. */
function seededSecrets(seed: number): Secrets {
  let outputSeed: number | undefined;
  const hmac = (text: string) => createHmac("sha256", stretched(seed)).update(text).digest();
  return {
    reproducible: true,
    stream(label) {
      let counter = 0;
      return blockRandom(() => hmac(`stream/${label}/${counter++}`));
    },
    key: (label) => hmac(`key/${label}`),
    get outputSeed() {
      outputSeed ??= hmac("outputs").readUInt32BE();
      return outputSeed;
    },
  };
}

function randomSecrets(): Secrets {
  const keys = new Map<string, Buffer>();
  return {
    reproducible: false,
    stream: () => blockRandom(() => randomBytes(256)),
    key(label) {
      let key = keys.get(label);
      if (!key) {
        key = randomBytes(32);
        keys.set(label, key);
      }
      return key;
    },
    outputSeed: randomBytes(4).readUInt32BE(),
  };
}

/** The secrets of a mock: from a seed (reproducible) or, for `"random"`, from the platform's CSPRNG. */
export function createSecrets(seed: number | "random"): Secrets {
  return seed === "random" ? randomSecrets() : seededSecrets(seed);
}
