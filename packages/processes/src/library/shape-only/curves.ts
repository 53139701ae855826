import { isCallback } from "../../callback.js";
import type { DataCube, Dimension } from "../../cube/data-cube.js";
import { LabeledArray } from "../../labeled-array.js";
import type { ProcessContext, ProcessImplementation } from "../../process-entry.js";
import type { Value } from "../../value.js";
import { cubeArgument, textArgument } from "../common/argument-readers.js";
import { invalidArgument } from "../common/process-errors.js";
import { emptyCube, replaceDimension } from "./band-labels.js";
import { shapeOnlyProcess } from "./shape-only-process.js";

function checkFunction(processId: string, value: Value | undefined): void {
  if (!isCallback(value))
    throw invalidArgument(processId, "function", "a child process graph", value ?? null);
}

/** The initial guess of `fit_curve`: at least one number. */
function initialGuess(value: Value | undefined): number[] {
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "number")) {
    return [...(value as number[])];
  }
  throw invalidArgument("fit_curve", "parameters", "an array of at least one number", value ?? null);
}

/** The labels to predict: an array of numbers or strings, or `null` for "the labels the cube has". */
function predictionLabels(value: Value | undefined): (string | number)[] | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number")) {
    return value as (string | number)[];
  }
  throw invalidArgument("predict_curve", "labels", "an array of numbers or date strings, or null", value);
}

/**
 * Where `predict_curve` writes its predictions: the dimension named `dimension` when the cube has it, else the
 * cube's one dimension of type `other` (the parameters `apply_dimension` made from `fit_curve`'s arrays).
 */
function predictionAxis(cube: DataCube, dimension: string): number {
  const named = cube.dimensions.findIndex((item) => item.name === dimension);
  if (named >= 0) return named;
  const others = cube.dimensions.flatMap((item, index) => (item.type === "other" ? [index] : []));
  if (others.length === 1) return others[0] as number;
  throw invalidArgument(
    "predict_curve",
    "parameters",
    `a data cube with a dimension '${dimension}' or exactly one dimension of type 'other' (its parameters)`,
    cube,
  );
}

function predict(args: Readonly<Record<string, Value>>, context: ProcessContext): DataCube {
  const cube = cubeArgument("predict_curve", "parameters", args.parameters);
  checkFunction("predict_curve", args.function);
  const dimension = textArgument("predict_curve", "dimension", args.dimension) as string;
  const axis = predictionAxis(cube, dimension);
  const labels = predictionLabels(args.labels);
  if (labels === null && cube.dimensions[axis]?.name === dimension) return cube;
  if (labels === null) throw invalidArgument("predict_curve", "labels", "the labels to predict", null);
  const temporal = labels.every((label) => typeof label === "string" && !Number.isNaN(Date.parse(label)));
  const predicted: Dimension = { name: dimension, type: temporal ? "temporal" : "other", labels };
  return emptyCube(replaceDimension(cube, axis, predicted), context);
}

/** The curve-fitting processes: the right shapes, with the initial guess and no-data for values. */
export const curveProcesses: readonly ProcessImplementation[] = [
  shapeOnlyProcess({
    id: "fit_curve",
    summary: "Least-squares fit of a model function; here it returns the initial guess.",
    warning: "curve fitting is not computed by jobkit; the initial guess of the parameters is returned.",
    shape: ({ data, parameters, function: model }) => {
      if (!(data instanceof LabeledArray) && !Array.isArray(data)) {
        throw invalidArgument("fit_curve", "data", "a labeled array of numbers", data ?? null);
      }
      checkFunction("fit_curve", model);
      return initialGuess(parameters);
    },
  }),
  shapeOnlyProcess({
    id: "predict_curve",
    summary: "Values of a fitted model for new labels; here the predictions hold no-data.",
    warning: "predictions are not computed by jobkit; the predicted values hold no-data.",
    shape: predict,
  }),
];
