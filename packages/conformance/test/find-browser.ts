import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { chromium } from "playwright-core";

/** A Chromium-family browser to open reports in, or why there is none. */
export type BrowserLookup = { path: string } | { missing: string };

const COMMANDS = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];
const APPLICATIONS = [
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds a browser the usual ways, in order: `CHROME_PATH` (when set, it alone decides), a Chromium or
 * Chrome on `PATH`, the macOS applications, then the one Playwright installed (`npx playwright install chromium`).
 */
export function findBrowser(
  env: Record<string, string | undefined> = process.env,
  playwrightPath: () => string = () => chromium.executablePath(),
): BrowserLookup {
  if (env.CHROME_PATH)
    return executable(env.CHROME_PATH)
      ? { path: env.CHROME_PATH }
      : { missing: `CHROME_PATH=${env.CHROME_PATH} is not an executable file` };
  const onPath = (env.PATH ?? "").split(delimiter).filter(Boolean);
  const candidates = [
    ...COMMANDS.flatMap((command) => onPath.map((dir) => join(dir, command))),
    ...APPLICATIONS,
    playwrightPath(),
  ];
  const found = candidates.find(executable);
  return found
    ? { path: found }
    : {
        missing: `no Chromium or Chrome found (looked for ${COMMANDS.join(", ")} on PATH, the macOS applications and Playwright's); install one or set CHROME_PATH`,
      };
}
