/** What is wrong with an answer's OpenEO-Costs header (present, a number ≥ 0); undefined when nothing is. */
export function costsProblem(headers: Headers): string | undefined {
  const costs = headers.get("openeo-costs");
  if (costs === null) return "no OpenEO-Costs header";
  return costs.trim() !== "" && Number.isFinite(Number(costs)) && Number(costs) >= 0
    ? undefined
    : `OpenEO-Costs "${costs}" is not a number ≥ 0`;
}
