/**
 * UTM on the GRS80/WGS84 ellipsoid (the two differ by less than a millimetre here), with Krüger's series to the
 * third order in n: accurate to well below a millimetre within a zone. Angles in degrees, lengths in metres.
 */
const A_AXIS = 6378137;
const FLATTENING = 1 / 298.257222101;
const N = FLATTENING / (2 - FLATTENING);
const RECTIFYING = (A_AXIS / (1 + N)) * (1 + N ** 2 / 4 + N ** 4 / 64);
const K0 = 0.9996;
const FALSE_EASTING = 500000;
const ALPHA = [
  N / 2 - (2 / 3) * N ** 2 + (5 / 16) * N ** 3,
  (13 / 48) * N ** 2 - (3 / 5) * N ** 3,
  (61 / 240) * N ** 3,
];
const BETA = [
  N / 2 - (2 / 3) * N ** 2 + (37 / 96) * N ** 3,
  (1 / 48) * N ** 2 + (1 / 15) * N ** 3,
  (17 / 480) * N ** 3,
];
const DELTA = [
  2 * N - (2 / 3) * N ** 2 - 2 * N ** 3,
  (7 / 3) * N ** 2 - (8 / 5) * N ** 3,
  (56 / 15) * N ** 3,
];
const E_FACTOR = (2 * Math.sqrt(N)) / (1 + N);
const RAD = Math.PI / 180;

/** One UTM zone: 1 to 60, north or south of the equator. */
export interface UtmZone {
  readonly zone: number;
  readonly south: boolean;
}

const centralMeridian = (zone: number) => ((zone - 1) * 6 - 180 + 3) * RAD;
const falseNorthing = (south: boolean) => (south ? 10000000 : 0);

/** Longitude and latitude to UTM easting and northing. */
export function toUtm([lon, lat]: readonly [number, number], { zone, south }: UtmZone): [number, number] {
  const phi = lat * RAD;
  const lambda = lon * RAD - centralMeridian(zone);
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - E_FACTOR * Math.atanh(E_FACTOR * Math.sin(phi)));
  const xi = Math.atan2(t, Math.cos(lambda));
  const eta = Math.atanh(Math.sin(lambda) / Math.sqrt(1 + t * t));
  let easting = eta;
  let northing = xi;
  for (const [index, alpha] of ALPHA.entries()) {
    const j = 2 * (index + 1);
    easting += alpha * Math.cos(j * xi) * Math.sinh(j * eta);
    northing += alpha * Math.sin(j * xi) * Math.cosh(j * eta);
  }
  return [FALSE_EASTING + K0 * RECTIFYING * easting, falseNorthing(south) + K0 * RECTIFYING * northing];
}

/** UTM easting and northing to longitude and latitude. */
export function fromUtm(
  [easting, northing]: readonly [number, number],
  { zone, south }: UtmZone,
): [number, number] {
  const xi = (northing - falseNorthing(south)) / (K0 * RECTIFYING);
  const eta = (easting - FALSE_EASTING) / (K0 * RECTIFYING);
  let xiPrime = xi;
  let etaPrime = eta;
  for (const [index, beta] of BETA.entries()) {
    const j = 2 * (index + 1);
    xiPrime -= beta * Math.sin(j * xi) * Math.cosh(j * eta);
    etaPrime -= beta * Math.cos(j * xi) * Math.sinh(j * eta);
  }
  const chi = Math.asin(Math.sin(xiPrime) / Math.cosh(etaPrime));
  let phi = chi;
  for (const [index, delta] of DELTA.entries()) phi += delta * Math.sin(2 * (index + 1) * chi);
  const lambda = centralMeridian(zone) + Math.atan2(Math.sinh(etaPrime), Math.cos(xiPrime));
  return [lambda / RAD, phi / RAD];
}
