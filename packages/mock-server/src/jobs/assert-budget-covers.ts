import { OpenEOError } from "../internal/openeo-error.js";

/**
 * Refuses a `budget` below the estimated `costs` with openEO's `BudgetInvalid` (400), as its error list says
 * ("below the costs"); a `null` or missing budget means no limit. A user without credit is another matter
 * (`PaymentRequired`).
 */
export function assertBudgetCovers(budget: number | null | undefined, costs: number): void {
  if (budget === null || budget === undefined || budget >= costs) return;
  throw new OpenEOError(
    "BudgetInvalid",
    `The budget of ${budget} credits is below the estimated costs of ${costs}; raise the budget or set it to null.`,
  );
}
