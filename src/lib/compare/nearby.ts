/** Great-circle distance in km between two [lon, lat] points (haversine). */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

interface Located {
  code: string;
  type: string;
  centroid: readonly [number, number];
}

/** The `limit` gemeenten of the same type closest to `g` (by centroid), nearest first. */
export function nearestSameType<T extends Located>(
  g: Located,
  all: readonly T[],
  limit: number,
): { gemeente: T; km: number }[] {
  return all
    .filter((o) => o.code !== g.code && o.type === g.type)
    .map((o) => ({ gemeente: o, km: distanceKm(g.centroid, o.centroid) }))
    .sort((a, b) => a.km - b.km || a.gemeente.code.localeCompare(b.gemeente.code))
    .slice(0, limit);
}
