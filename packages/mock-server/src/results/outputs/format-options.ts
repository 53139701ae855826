import { OpenEOError } from "../../internal/openeo-error.js";

/** The JPEG quality when `save_result` gives none (GDAL's JPEG driver default). */
export const DEFAULT_JPEG_QUALITY = 75;

function optionInvalid(format: string, name: string, expected: string, value: unknown): OpenEOError {
  return new OpenEOError(
    "ProcessParameterInvalid",
    `save_result: the ${format} option ${name} must be ${expected}, got ${JSON.stringify(value)}.`,
  );
}

/** The JPEG option `quality`: an integer from 1 to 100, {@link DEFAULT_JPEG_QUALITY} when not given. */
export function jpegQuality(options: Readonly<Record<string, unknown>>): number {
  const quality = options.quality ?? DEFAULT_JPEG_QUALITY;
  if (typeof quality === "number" && Number.isInteger(quality) && quality >= 1 && quality <= 100)
    return quality;
  throw optionInvalid("JPEG", "quality", "an integer from 1 to 100", quality);
}

/** The GeoJSON option `flatten_prefix`: a string put before every property name, or nothing. */
export function flattenPrefix(options: Readonly<Record<string, unknown>>): string | undefined {
  const prefix = options.flatten_prefix ?? undefined;
  if (prefix === undefined || typeof prefix === "string") return prefix;
  throw optionInvalid("GeoJSON", "flatten_prefix", "a string", prefix);
}
