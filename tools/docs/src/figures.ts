/**
 * Every figure the code knows, by the name its README block carries. Each is computed from its source when
 * `npm run docs` writes or `npm run check:docs` checks the READMEs; none is typed by hand.
 */
import { catalogueTable, checkCount, consoleLevelLine, levelTable } from "./figures/catalogue-figures.js";
import { clientSize, clientSizeTable } from "./figures/client-size-figures.js";
import { processCaseLevels, processKnownFailures } from "./figures/processes-figures.js";
import {
  apiVersions,
  packInstallClient,
  packInstallConformance,
  packInstallMock,
  packInstallSpec,
  pytestPairing,
} from "./figures/version-figures.js";

/** Figure name → the function that computes its text. */
export const FIGURES: Readonly<Record<string, () => string>> = {
  "api-versions": apiVersions,
  "check-count": checkCount,
  "level-table": levelTable,
  "console-level-line": consoleLevelLine,
  "catalogue-table": catalogueTable,
  "client-size": clientSize,
  "client-size-table": clientSizeTable,
  "pack-install-spec": packInstallSpec,
  "pack-install-client": packInstallClient,
  "pack-install-mock-server": packInstallMock,
  "pack-install-conformance": packInstallConformance,
  "pytest-pairing": pytestPairing,
  "process-case-levels": processCaseLevels,
  "process-known-failures": processKnownFailures,
};

/**
 * Figure name → what a measured block must look like. A measurement cannot be repeated in CI, so the check
 * only asks that the block is there and well-formed: a figure with its unit, and the command that measured it.
 */
export const MEASURED: Readonly<Record<string, RegExp>> = {
  "process-suite-http":
    /\d+ of \d+ sendable cases passed[\s\S]*`npx tsx run\.ts processes`[\s\S]*\d{4}-\d\d-\d\d/,
  "self-test-time":
    /\d+(\.\d+)? s\b[\s\S]*`npm run measure:self-test -w @jobkit\/docs`[\s\S]*\d{4}-\d\d-\d\d/,
  "openeo-test-suite-tests":
    /openeo-test-suite [\d.]+ has \*\*\d+ back-end test functions\*\*[\s\S]*`npm run count:openeo-test-suite -w @jobkit\/docs`[\s\S]*\d{4}-\d\d-\d\d/,
};
