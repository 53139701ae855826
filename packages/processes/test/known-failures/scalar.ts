/** Official cases of the scalar processes the engine does not pass yet, by `process#index`, with the reason. */
export const scalarKnownFailures: Readonly<Record<string, string>> = {
  "all#8":
    "the case expects true for all([null], ignore_nodata: false), but the definition's pairwise table makes a " +
    "lone no-data value no-data (as all#3 expects for [true, null]); we follow the definition",
  "any#8":
    "the case expects false for any([null], ignore_nodata: false), but the definition's pairwise table makes a " +
    "lone no-data value no-data (as any#2 expects for [false, null]); we follow the definition",
  "lte#15":
    "the case expects lte(Infinity, Infinity) to be false, but the definition follows IEEE 754, where " +
    "Infinity <= Infinity is true (gte#15 expects true for Infinity >= Infinity); we follow IEEE 754",
};
