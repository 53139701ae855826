/** Figures of versions: the openEO API versions of the contract, and the packages' own (their package.json). */
import { readFileSync } from "node:fs";
import { API_VERSIONS } from "@jobkit/spec";
import { packageVersionIn, REPO_ROOT } from "../repo-root.js";

/** The openEO API versions the contract describes, newest first ("1.3.0 and 1.2.0"). */
export function apiVersions(): string {
  const versions = [...API_VERSIONS];
  const last = versions.pop();
  return versions.length === 0 ? `${last}` : `${versions.join(", ")} and ${last}`;
}

/** The npm pack file name of a workspace package, e.g. `jobkit-client-0.1.0.tgz`. */
function tarball(folder: string): string {
  return `~/jobkit-packs/jobkit-${folder}-${packageVersionIn(`packages/${folder}`)}.tgz`;
}

function fenced(lines: string[]): string {
  return ["```sh", ...lines, "```"].join("\n");
}

/** The packed install of the contract. */
export function packInstallSpec(): string {
  return fenced([
    "npm pack -w @jobkit/spec --pack-destination ~/jobkit-packs   # in the jobkit checkout",
    `npm install ${tarball("spec")}`,
  ]);
}

/** The packed install of the client. */
export function packInstallClient(): string {
  return fenced([
    "npm pack -w @jobkit/client --pack-destination ~/jobkit-packs   # in the jobkit checkout",
    `npm install ${tarball("client")}`,
  ]);
}

/** The packed install of the mock server with the contract it depends on. */
export function packInstallMock(): string {
  return fenced([
    "npm pack -w @jobkit/spec -w @jobkit/mock-server --pack-destination ~/jobkit-packs   # in the jobkit checkout",
    `npm install --save-dev ${tarball("spec")} ${tarball("mock-server")}`,
  ]);
}

/** The packed install of the kit, with the mock as its optional peer. */
export function packInstallConformance(): string {
  return fenced([
    "npm pack -w @jobkit/spec -w @jobkit/mock-server -w @jobkit/conformance --pack-destination ~/jobkit-packs   # in the jobkit checkout",
    `npm install --save-dev ${tarball("spec")} ${tarball("conformance")}`,
    `npm install --save-dev ${tarball("mock-server")}   # optional: only for runs without --url`,
  ]);
}

/** pytest-jobkit's version (pyproject.toml, written from the mock's) beside the mock's. */
export function pytestPairing(): string {
  const pyproject = readFileSync(`${REPO_ROOT}integrations/pytest-jobkit/pyproject.toml`, "utf8");
  const pytestVersion = /^version = "([^"]+)"$/m.exec(pyproject)?.[1];
  const mockVersion = packageVersionIn("packages/mock-server");
  return `pytest-jobkit ${pytestVersion} drives \`@jobkit/mock-server\` ${mockVersion}`;
}
