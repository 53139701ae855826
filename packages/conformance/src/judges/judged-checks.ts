import { cancelCanceled } from "./cancel/cancel-canceled.js";
import { capabilitiesFields } from "./capabilities/capabilities-fields.js";
import { corsAllowOrigin } from "./cors/cors-allow-origin.js";
import { corsExposeHeaders } from "./cors/cors-expose-headers.js";
import { corsPreflight } from "./cors/cors-preflight.js";
import { downloadsChecksum } from "./downloads/downloads-checksum.js";
import { downloadsContentType } from "./downloads/downloads-content-type.js";
import { downloadsGet } from "./downloads/downloads-get.js";
import { downloadsNoAuth } from "./downloads/downloads-no-auth.js";
import { downloadsSize } from "./downloads/downloads-size.js";
import { errorsBody } from "./errors/errors-body.js";
import type { JudgedCheck } from "./judged-check.js";
import { specResponses } from "./spec/spec-responses.js";

/**
 * The checks a run's scenarios and the proxy share: each judges exchanges with one pure function, whichever of the
 * two saw them. The proxy judges every exchange it relays with each of these.
 */
export const SHARED_CHECKS: readonly JudgedCheck[] = Object.freeze([
  capabilitiesFields,
  corsPreflight,
  downloadsNoAuth,
  downloadsGet,
  downloadsContentType,
  downloadsSize,
  downloadsChecksum,
  cancelCanceled,
  corsAllowOrigin,
  corsExposeHeaders,
  errorsBody,
  specResponses,
]);
