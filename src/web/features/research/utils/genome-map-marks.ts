// Nextclade's text forms turned into positions for the genome map: C241T → 241, 11288-11296 → a
// range, 22205:CGG → 22205.

export interface MapRange {
  begin: number;
  end: number;
}

export function parseRange(text: string): MapRange | null {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!m) return null;
  const begin = Number(m[1]);
  return { begin, end: m[2] ? Number(m[2]) : begin };
}

export function substitutionPosition(text: string): number | null {
  const m = /^[A-Z](\d+)[A-Z]$/.exec(text);
  return m ? Number(m[1]) : null;
}

export function insertionPosition(text: string): number | null {
  const m = /^(\d+):/.exec(text);
  return m ? Number(m[1]) : null;
}

/** Lays genes on rows so that overlapping genes (ORF1a and ORF1b, ORF7a and ORF7b) never share one. */
export function geneRows<T extends { start: number; end: number }>(genes: T[]): (T & { row: number })[] {
  const rowEnds: number[] = [];
  return [...genes]
    .sort((a, b) => a.start - b.start)
    .map((g) => {
      let row = rowEnds.findIndex((end) => end < g.start);
      if (row < 0) row = rowEnds.length;
      rowEnds[row] = g.end;
      return { ...g, row };
    });
}
