// The radial layout of Brockmann & Helbing (2013, Fig. 3): the origin at the centre, every country at a radius
// equal to its effective distance, on the shortest-path tree. Each subtree gets an angular sector in proportion
// to its leaves, children ordered by distance, so that countries reached through the same hub sit together and
// the tree's links never cross.

export interface RadialInput {
  iso3: string;
  effectiveDistance: number | null;
  /** Origin first, this country last. */
  path: readonly string[];
}

export interface RadialPoint {
  iso3: string;
  radius: number;
  /** Degrees, 0 to 360. */
  angle: number;
  /** The country before this one on its path (the origin for a direct link). */
  parent: string;
  hops: number;
}

export function radialLayout(origin: string, rows: readonly RadialInput[]): RadialPoint[] {
  const reachable = rows.filter((r) => r.effectiveDistance !== null && r.path.length >= 2);
  const distance = new Map(reachable.map((r) => [r.iso3, r.effectiveDistance as number]));
  const children = new Map<string, string[]>();
  const parentOf = new Map<string, string>();
  for (const r of reachable) {
    const parent = r.path[r.path.length - 2];
    parentOf.set(r.iso3, parent);
    children.set(parent, [...(children.get(parent) ?? []), r.iso3]);
  }
  const byDistance = (a: string, b: string) => (distance.get(a) ?? 0) - (distance.get(b) ?? 0) || a.localeCompare(b);
  const leaves = new Map<string, number>();
  const countLeaves = (node: string): number => {
    const kids = children.get(node) ?? [];
    const n = kids.length === 0 ? 1 : kids.reduce((sum, kid) => sum + countLeaves(kid), 0);
    leaves.set(node, n);
    return n;
  };
  const total = countLeaves(origin);
  const points: RadialPoint[] = [];
  const place = (node: string, start: number, hops: number) => {
    let at = start;
    for (const kid of [...(children.get(node) ?? [])].sort(byDistance)) {
      const width = ((leaves.get(kid) as number) / total) * 360;
      points.push({ iso3: kid, radius: distance.get(kid) as number, angle: at + width / 2, parent: node, hops: hops + 1 });
      place(kid, at, hops + 1);
      at += width;
    }
  };
  place(origin, 0, 0);
  return points;
}
