import { createHmac, timingSafeEqual } from "node:crypto";

/** The path prefix of signed download links. */
export const DOWNLOAD_PREFIX = "/download";
/** The file name under which a signed link serves the results document itself (rel `canonical`). */
export const CANONICAL_NAME = "job-results.json";

/** Signs and checks download links: `/download/{jobId}/{expires}/{signature}/{name}`. */
export class LinkSigner {
  readonly #secret: () => Buffer;

  /** `secret`: the HMAC key of the signatures (from the secrets of the mock), asked for at the first link. */
  constructor(secret: () => Buffer) {
    this.#secret = secret;
  }

  #signature(jobId: string, expires: number, name: string): string {
    return createHmac("sha256", this.#secret())
      .update(`${jobId}/${expires}/${name}`)
      .digest("hex")
      .slice(0, 32);
  }

  href(base: string, jobId: string, expires: number, name: string): string {
    const parts = [jobId, String(expires), this.#signature(jobId, expires, name), name].map(
      encodeURIComponent,
    );
    return `${base}${DOWNLOAD_PREFIX}/${parts.join("/")}`;
  }

  verify(jobId: string, expires: number, signature: string, name: string): boolean {
    const expected = Buffer.from(this.#signature(jobId, expires, name));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
