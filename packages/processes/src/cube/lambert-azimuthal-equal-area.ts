/**
 * The Lambert Azimuthal Equal Area projection on the GRS80 ellipsoid (EPSG method 9820, the oblique aspect), as
 * EPSG:3035 (ETRS89-extended / LAEA Europe) uses it: origin 52°N 10°E, false easting 4,321,000 m, false northing
 * 3,210,000 m. ETRS89 and WGS84 are taken as one datum, as for the UTM zones (they differ by well under a metre).
 * Angles in degrees, lengths in metres.
 */
const A_AXIS = 6378137;
const FLATTENING = 1 / 298.257222101;
const E2 = 2 * FLATTENING - FLATTENING ** 2;
const E = Math.sqrt(E2);
const RAD = Math.PI / 180;
const LAT_ORIGIN = 52 * RAD;
const LON_ORIGIN = 10 * RAD;
const FALSE_EASTING = 4321000;
const FALSE_NORTHING = 3210000;
/** Newton steps from the authalic to the geodetic latitude; each one squares the error, two already suffice. */
const MAX_STEPS = 6;

/** The authalic function q of a latitude in radians. */
function authalicQ(phi: number): number {
  const sin = Math.sin(phi);
  return (1 - E2) * (sin / (1 - E2 * sin * sin) - Math.log((1 - E * sin) / (1 + E * sin)) / (2 * E));
}

const Q_POLE = authalicQ(Math.PI / 2);
const RADIUS_Q = A_AXIS * Math.sqrt(Q_POLE / 2);
const BETA_ORIGIN = Math.asin(authalicQ(LAT_ORIGIN) / Q_POLE);
const D_FACTOR =
  (A_AXIS * Math.cos(LAT_ORIGIN)) /
  Math.sqrt(1 - E2 * Math.sin(LAT_ORIGIN) ** 2) /
  (RADIUS_Q * Math.cos(BETA_ORIGIN));

/** Longitude and latitude (degrees) to EPSG:3035 easting and northing. */
export function toLaeaEurope([lon, lat]: readonly [number, number]): [number, number] {
  const beta = Math.asin(Math.max(-1, Math.min(1, authalicQ(lat * RAD) / Q_POLE)));
  const dLon = lon * RAD - LON_ORIGIN;
  const cosine =
    Math.sin(BETA_ORIGIN) * Math.sin(beta) + Math.cos(BETA_ORIGIN) * Math.cos(beta) * Math.cos(dLon);
  const b = RADIUS_Q * Math.sqrt(2 / (1 + cosine));
  const easting = FALSE_EASTING + b * D_FACTOR * Math.cos(beta) * Math.sin(dLon);
  const northing =
    FALSE_NORTHING +
    (b / D_FACTOR) *
      (Math.cos(BETA_ORIGIN) * Math.sin(beta) - Math.sin(BETA_ORIGIN) * Math.cos(beta) * Math.cos(dLon));
  return [easting, northing];
}

/** The geodetic latitude (radians) whose authalic function is `q`, by Newton's method from the sphere's. */
function latitudeOfQ(q: number): number {
  if (Math.abs(Math.abs(q) - Q_POLE) < 1e-15) return Math.sign(q) * (Math.PI / 2);
  let phi = Math.asin(q / 2);
  for (let step = 0; step < MAX_STEPS; step += 1) {
    const sin = Math.sin(phi);
    const w = 1 - E2 * sin * sin;
    const next = phi + ((w * w) / (2 * Math.cos(phi))) * ((q - authalicQ(phi)) / (1 - E2));
    if (Math.abs(next - phi) < 1e-15) return next;
    phi = next;
  }
  return phi;
}

/** EPSG:3035 easting and northing to longitude and latitude (degrees). */
export function fromLaeaEurope([easting, northing]: readonly [number, number]): [number, number] {
  const x = (easting - FALSE_EASTING) / D_FACTOR;
  const y = (northing - FALSE_NORTHING) * D_FACTOR;
  const rho = Math.hypot(x, y);
  if (rho === 0) return [LON_ORIGIN / RAD, LAT_ORIGIN / RAD];
  const c = 2 * Math.asin(Math.min(1, rho / (2 * RADIUS_Q)));
  const sinBeta = Math.cos(c) * Math.sin(BETA_ORIGIN) + (y * Math.sin(c) * Math.cos(BETA_ORIGIN)) / rho;
  const lon =
    LON_ORIGIN +
    Math.atan2(
      x * Math.sin(c),
      rho * Math.cos(BETA_ORIGIN) * Math.cos(c) - y * Math.sin(BETA_ORIGIN) * Math.sin(c),
    );
  return [lon / RAD, latitudeOfQ(Math.max(-1, Math.min(1, sinBeta)) * Q_POLE) / RAD];
}
