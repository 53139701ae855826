import { ConformanceUsageError } from "../errors.js";

/** The part of `@jobkit/mock-server` the embedded target uses. */
export interface MockServerModule {
  createMockServer: typeof import("@jobkit/mock-server").createMockServer;
}

const MOCK_PACKAGE = "@jobkit/mock-server";

/** Whether `error` is Node's "Cannot find package '@jobkit/mock-server'" (and not a module the mock imports). */
function isMockMissing(error: unknown): boolean {
  return (
    (error as { code?: unknown } | null)?.code === "ERR_MODULE_NOT_FOUND" &&
    String((error as Error).message).includes(`'${MOCK_PACKAGE}'`)
  );
}

/**
 * Loads the jobkit mock, an optional peer of the kit needed only for the embedded target (a run without a
 * URL). When it is not installed the error says what to do instead. `load` is for tests.
 */
export async function loadMockServer(
  load: () => Promise<MockServerModule> = () => import("@jobkit/mock-server"),
): Promise<MockServerModule> {
  try {
    return await load();
  } catch (error) {
    if (!isMockMissing(error)) throw error;
    throw new ConformanceUsageError(
      `no --url given, and the embedded target needs ${MOCK_PACKAGE}, which is not installed. ` +
        "Check a back-end with --url https://openeo.example (the url option of runConformance), " +
        `or install the mock next to the kit (npm install --save-dev ${MOCK_PACKAGE}) to check it in process.`,
      { cause: error },
    );
  }
}
