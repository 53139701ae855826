import type { CheckId } from "../../catalogue.js";
import type { ScenarioCheck } from "../../judges/scenario-check.js";
import type { Session } from "../session.js";

/** Records a scenario check's verdict on what the scenario saw. */
export function judgeScenario<Input>(
  s: Session,
  check: ScenarioCheck<CheckId, Input>,
  input: Input,
): Promise<void> {
  return s.check(check.id, (c) => check.verdict(input, c));
}
