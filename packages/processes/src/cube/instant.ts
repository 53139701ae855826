/**
 * Milliseconds since the epoch of an RFC 3339 date or date-time; a date-time without offset is read as UTC, as
 * openEO does. `NaN` when the text is no date.
 */
export function parseInstant(text: string): number {
  const withoutZone = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text);
  return Date.parse(withoutZone ? `${text}Z` : text);
}
