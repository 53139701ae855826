import type { ProcessImplementation } from "../../process-entry.js";
import { binaryNumberProcess, unaryNumberProcess } from "../common/number-process.js";

/** The circular and hyperbolic functions and their inverses, in radians. */
export const trigonometryProcesses: readonly ProcessImplementation[] = [
  unaryNumberProcess("sin", "The sine of an angle in radians.", Math.sin),
  unaryNumberProcess("cos", "The cosine of an angle in radians.", Math.cos),
  unaryNumberProcess("tan", "The tangent of an angle in radians.", Math.tan),
  unaryNumberProcess("sinh", "The hyperbolic sine of x.", Math.sinh),
  unaryNumberProcess("cosh", "The hyperbolic cosine of x.", Math.cosh),
  unaryNumberProcess("tanh", "The hyperbolic tangent of x.", Math.tanh),
  unaryNumberProcess("arcsin", "The angle whose sine is x; NaN outside [-1, 1].", Math.asin),
  unaryNumberProcess("arccos", "The angle whose cosine is x; NaN outside [-1, 1].", Math.acos),
  unaryNumberProcess("arctan", "The angle whose tangent is x.", Math.atan),
  unaryNumberProcess("arsinh", "The inverse hyperbolic sine of x.", Math.asinh),
  unaryNumberProcess("arcosh", "The inverse hyperbolic cosine of x; NaN below 1.", Math.acosh),
  unaryNumberProcess("artanh", "The inverse hyperbolic tangent of x; ±Infinity at ±1.", Math.atanh),
  binaryNumberProcess("arctan2", "The angle of the point (x, y), in its quadrant.", ["y", "x"], Math.atan2),
];
