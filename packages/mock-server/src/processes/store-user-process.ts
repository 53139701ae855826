import { OpenEOError } from "../internal/openeo-error.js";
import { engine } from "./compute-value.js";
import { findCallCycle } from "./find-call-cycle.js";
import { MAX_USER_PROCESSES, type ProcessCatalog } from "./process-catalog.js";
import { readStoredProcess } from "./read-stored-process.js";

function invalid(id: string, why: string): OpenEOError {
  return new OpenEOError("ProcessGraphInvalid", `The user-defined process '${id}' ${why}`);
}

/**
 * `PUT /process_graphs/{id}` (a body with a `process_graph`): checks a user-defined process as a whole before it is stored, so that a refused one
 * changes nothing: its shape, its id (not a predefined or back-end process's), that it never calls itself
 * (directly or through others), and then its graph with the engine's validation, as a job's would be.
 */
export async function storeUserProcess(
  catalog: ProcessCatalog,
  user: string,
  id: string,
  body: Record<string, unknown>,
): Promise<void> {
  // openEO: an `id` in the body that differs from the path's is replaced by the path's
  const process = readStoredProcess({ ...body, id }, (why) => invalid(id, `${why}.`));
  await catalog.load();
  if (catalog.isBackendProcess(id)) {
    const message = `A predefined process '${id}' exists; choose another id for the user-defined process.`;
    throw OpenEOError.custom(400, "PredefinedProcessExists", message);
  }
  const own = new Map(catalog.userProcesses(user));
  if (!own.has(id) && own.size >= MAX_USER_PROCESSES)
    throw new OpenEOError(
      "StorageQuotaExceeded",
      `A user may store at most ${MAX_USER_PROCESSES} user-defined processes.`,
    );
  own.set(id, process);
  const cycle = findCallCycle([process], { ...catalog.namespacesOf(user, own), urls: new Map() });
  if (cycle)
    throw invalid(
      id,
      `calls itself: ${cycle.join(" → ")}. A process may not call itself, directly or through others.`,
    );
  const registry = await catalog.registryFor(user, process, own);
  const [refusal] = engine.get().validateProcess(process, { registry });
  if (refusal) {
    const message = `The user-defined process '${id}' is invalid: ${refusal.message}`;
    throw OpenEOError.custom(refusal.status, refusal.openeoCode, message, { cause: refusal });
  }
  catalog.setUserProcess(user, process);
}
