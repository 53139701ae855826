const TIME_OF_DAY = /^(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(Z|[+-]\d{2}:\d{2})?$/i;

/** Milliseconds since midnight of an RFC 3339 time without a date (`18:00:00`), or `undefined` for other text. */
export function timeOfDayOf(text: string): number | undefined {
  const match = TIME_OF_DAY.exec(text);
  if (!match) return undefined;
  const [, hours, minutes, seconds] = match;
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds ?? 0)) * 1000;
}

/** Milliseconds since midnight UTC of an instant. */
export function timeOfDayAt(instant: number): number {
  const day = 86_400_000;
  return ((instant % day) + day) % day;
}
