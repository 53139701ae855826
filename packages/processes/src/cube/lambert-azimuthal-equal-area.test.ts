import { describe, expect, it } from "vitest";
import { fromLaeaEurope, toLaeaEurope } from "./lambert-azimuthal-equal-area.js";

/**
 * IOGP's GIGS test 5110 (Lambert Azimuthal Equal Area, EPSG:3035), as PROJ runs it in `test/gigs/5110.gie`:
 * longitude and latitude in degrees, then easting and northing in metres. 5°E 50°N is the EPSG Guidance Note 7-2
 * worked example.
 */
const GIGS_5110: readonly (readonly [number, number, number, number])[] = [
  [5, 70, 4127824.658, 5214090.649],
  [5, 60, 4041548.13, 4109791.66],
  [5, 50, 3962799.45, 2999718.853],
  [5, 40, 3892127.02, 1892578.962],
  [5, 30, 3830117.9, 796781.677],
  [10, 52, 4321000, 3210000],
  [0, 50, 3606514.43, 3036305.967],
  [3, 50, 3819948.288, 3011432.894],
  [8, 50, 4177612.521, 2989464.315],
  [10, 50, 4321000, 2987510.567],
];
const METRES_PER_DEGREE = 111320;

describe("Lambert Azimuthal Equal Area (EPSG:3035)", () => {
  it.each(GIGS_5110)("projects %f°E %f°N as GIGS 5110 publishes, to the centimetre", (lon, lat, e, n) => {
    const [easting, northing] = toLaeaEurope([lon, lat]);
    expect(Math.abs(easting - e)).toBeLessThan(0.01);
    expect(Math.abs(northing - n)).toBeLessThan(0.01);
  });

  it.each(GIGS_5110)(
    "finds %f°E %f°N back from its published coordinates, to the centimetre",
    (lon, lat, e, n) => {
      const [foundLon, foundLat] = fromLaeaEurope([e, n]);
      const cosLat = Math.cos((lat * Math.PI) / 180);
      expect(Math.abs(foundLon - lon) * METRES_PER_DEGREE * cosLat).toBeLessThan(0.01);
      expect(Math.abs(foundLat - lat) * METRES_PER_DEGREE).toBeLessThan(0.01);
    },
  );

  it("goes back and forth within a millimetre over Europe (30°W–45°E, 27°N–72°N)", () => {
    let worst = 0;
    for (let lon = -30; lon <= 45; lon += 2.5) {
      for (let lat = 27; lat <= 72; lat += 1.5) {
        const there = toLaeaEurope([lon, lat]);
        const back = toLaeaEurope(fromLaeaEurope(there));
        worst = Math.max(worst, Math.hypot(back[0] - there[0], back[1] - there[1]));
      }
    }
    expect(worst).toBeLessThan(1e-3);
  });
});
