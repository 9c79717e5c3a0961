// GFF3 reader for a genome annotation. Takes the features a gene map needs (gene and CDS) with their
// 1-based inclusive coordinates, strand and attributes; reports a malformed line as a value and goes on.
// Also reads Nextclade's older simplified GFF (same nine columns, `gene_name=` attribute).

export interface GffFeature {
  type: string;
  /** 1-based, inclusive. */
  start: number;
  /** 1-based, inclusive. */
  end: number;
  strand: '+' | '-';
  attributes: Record<string, string>;
  line: number;
}

export interface GffParseResult {
  features: GffFeature[];
  errors: string[];
}

function decodeAttribute(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const pair of text.split(';')) {
    const trimmed = pair.trim();
    if (trimmed === '') continue;
    const eq = trimmed.indexOf('=');
    if (eq < 0) continue;
    attributes[trimmed.slice(0, eq).trim()] = decodeAttribute(trimmed.slice(eq + 1).trim());
  }
  return attributes;
}

export function parseGff3(text: string): GffParseResult {
  const features: GffFeature[] = [];
  const errors: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNumber = i + 1;
    const line = lines[i]!.replace(/\r$/, '');
    if (line.startsWith('##FASTA')) break;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const columns = line.split('\t');
    if (columns.length !== 9) {
      errors.push(`line ${lineNumber}: expected 9 tab-separated columns, found ${columns.length}`);
      continue;
    }
    const [, , type, startText, endText, , strandText, , attributeText] = columns as [
      string, string, string, string, string, string, string, string, string,
    ];
    const start = Number(startText);
    const end = Number(endText);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 1 || end < start) {
      errors.push(`line ${lineNumber}: start and end must be integers with 1 <= start <= end, found '${startText}' and '${endText}'`);
      continue;
    }
    if (strandText !== '+' && strandText !== '-' && strandText !== '.') {
      errors.push(`line ${lineNumber}: strand must be '+', '-' or '.', found '${strandText}'`);
      continue;
    }
    features.push({
      type: type.trim(),
      start,
      end,
      strand: strandText === '-' ? '-' : '+',
      attributes: parseAttributes(attributeText),
      line: lineNumber,
    });
  }
  return { features, errors };
}
