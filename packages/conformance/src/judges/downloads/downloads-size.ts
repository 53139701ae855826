import { breaks, conforms, type Finding, judgedCheck } from "../judged-check.js";
import { RESULTS } from "../needs.js";
import type { DeclaredAsset, Observed } from "../observed.js";
import { arrivedWhole, NO_DOWNLOAD } from "./asset-download.js";

function wholeGetProblems(exchange: Observed, asset: DeclaredAsset): string[] {
  const arrived = exchange.bodyBytes;
  const problems: string[] = [];
  const length = exchange.responseHeaders.get("content-length");
  // a compressed answer's Content-Length counts the bytes as sent, which bodyBytes counts too
  if (length !== null && Number(length) !== arrived)
    problems.push(`GET Content-Length ${length} but ${arrived} bytes arrived`);
  if (asset.size !== undefined && asset.size !== arrived)
    problems.push(`file:size ${asset.size} but ${arrived} bytes arrived`);
  return problems;
}

function announcedProblems(exchange: Observed, asset: DeclaredAsset): string[] | undefined {
  if (asset.size === undefined) return undefined;
  if (exchange.method === "HEAD") {
    const length = exchange.responseHeaders.get("content-length");
    if (length === null) return undefined;
    return Number(length) === asset.size
      ? []
      : [`HEAD Content-Length ${length} but file:size says ${asset.size}`];
  }
  const total = /\/(\d+)\s*$/.exec(exchange.responseHeaders.get("content-range") ?? "")?.[1];
  if (total === undefined) return undefined;
  return Number(total) === asset.size
    ? []
    : [`Content-Range announces ${total} bytes, file:size says ${asset.size}`];
}

function judgeSize(exchange: Observed): Finding | undefined {
  if (exchange.target.kind !== "asset") return undefined;
  const { asset } = exchange.target;
  let problems: string[] | undefined;
  if (exchange.method === "GET" && exchange.status === 200 && arrivedWhole(exchange))
    problems = wholeGetProblems(exchange, asset);
  else if ((exchange.method === "HEAD" && exchange.status === 200) || exchange.status === 206)
    problems = announcedProblems(exchange, asset);
  if (problems === undefined) return undefined;
  return problems.length > 0 ? breaks(`${asset.key}: ${problems.join("; ")}`) : conforms;
}

/** The lengths a download announces and the asset's file:size agree with the bytes. */
export const downloadsSize = judgedCheck({
  id: "downloads.size",
  scenario: "lifecycle",
  level: "L1B",
  rules: [],
  basis: "HTTP Content-Length (RFC 9110 §8.6); STAC file:size",
  needs: RESULTS,
  expectation:
    "the Content-Length of a GET, and file:size, agree with the bytes received; HEAD's Content-Length and a range's total agree with file:size",
  unjudged: `${NO_DOWNLOAD} whole (see downloads.get)`,
  judge: judgeSize,
});
