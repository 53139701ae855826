/** `createMockServer` option paths and the CLI flags that set them, longest path first. */
const FLAGS: readonly [string, string][] = [
  ["oidc.deviceApprovalMs", "--device-approval-ms"],
  ["oidc.tokenLifetimeMs", "--token-lifetime-ms"],
  ["results.largeAssetBytes", "--large-asset-bytes"],
  ["results.retentionMs", "--retention-ms"],
  ["oidc.audience", "--oidc-audience"],
  ["oidc.issuer", "--oidc-issuer"],
  ["maxPixelsPerAxis", "--max-pixels-per-axis"],
  ["maxJobsPerUser", "--max-jobs-per-user"],
  ["maxCubeCells", "--max-cube-cells"],
  ["maxRunMs", "--max-run-ms"],
  ["timing.queuedMs", "--queued-ms"],
  ["timing.runningMs", "--running-ms"],
  ["results.type", "--results-type"],
  ["timing.mode", "--timing"],
  ["maxBodyBytes", "--max-body"],
  ["controlToken", "--control-token"],
  ["apiVersion", "--api-version"],
  ["pageSize", "--page-size"],
  ["apiPath", "--api-path"],
  ["baseUrl", "--base-url"],
  ["maxJobs", "--max-jobs"],
  ["catalog", "--catalog"],
  ["processUrlMirrors", "--mirror-process-url"],
  ["allowProcessUrls", "--allow-process-url"],
  ["seed", "--seed"],
];

/** A message of `createMockServer` with its option paths (`timing.mode`) named as the CLI's flags (`--timing`). */
export function withFlagNames(message: string): string {
  return FLAGS.reduce(
    (text, [path, flag]) =>
      text.replace(new RegExp(`(?<![\\w.-])${path.replace(".", "\\.")}(?![\\w])`, "g"), flag),
    message,
  );
}
