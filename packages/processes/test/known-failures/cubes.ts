/** Official cases of the cubes processes the engine does not pass yet, by `process#index`, with the reason. */
export const cubesKnownFailures: Readonly<Record<string, string>> = {
  // structure (cube-structure engineer): the cases below contradict their own definition or input.
  "filter_bands#3":
    "the expected cube drops `axis` from x and y although the input cube has it and filter_bands keeps it",
  "filter_bands#4":
    "the case asks for ['red', 'blue'] but expects bands ['blue', 'green'] with the blue and green cells",
  "filter_temporal#4": "the expected cube drops `axis` from x and y although the input cube has it",
  "mask#0":
    "the case keeps the cells where the mask is 1 and replaces those where it is 0; the definition replaces non-zero cells",
  "mask#2":
    "the case keeps the cells where the mask is 1 and replaces those where it is 0; the definition replaces non-zero cells",
  "mask_polygon#0":
    "with inside: true and a polygon far from the data, the case replaces every pixel; the definition replaces only pixels inside",
  "mask_polygon#1":
    "with inside: false and a polygon far from the data, the case keeps every pixel; the definition replaces pixels outside",
  "mask_polygon#6":
    "the masked-inside asset keeps 4 centres inside the polygon (nir, 2020-06-13, y 5757475) that it masks for every other band and date",
  "rename_dimension#3":
    "renaming x to lon, the case expects order [t, lon, x] with lon as the old y; the definition renames x itself",
  "rename_dimension#4":
    "renaming y to lat, the case expects order [t, y, lat] with lat as the old x; the definition renames y itself",
  "rename_dimension#5": "the expected cube spells its order key 'order: ', so it has no `order` to compare",
  "rename_labels#5":
    "the case gives only `source` (the new names) and omits the required `target`: ProcessArgumentRequired",
  "rename_labels#7":
    "the case gives only `source` (the new names) and omits the required `target`: ProcessArgumentRequired",
};
