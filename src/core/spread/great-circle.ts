// Great-circle distance by the haversine formula on a sphere of the Earth's mean radius (6,371.0088 km,
// IUGG); within 0.5 % of the ellipsoidal distance, which is ample to compare with effective distance.
export const EARTH_RADIUS_KM = 6371.0088;

export function greatCircleKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
