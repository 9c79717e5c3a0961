// Splits one line of an OpenFlights .dat file (headerless CSV: fields optionally in double quotes, a quote
// inside a quoted field doubled, `\N` for null) into its fields. Returns the 1-based column at fault when a
// quote is left open or text follows a closing quote, so a refusal can point at the place in the file.

export type DatFields = { ok: true; fields: string[] } | { ok: false; column: number; message: string };

export function splitDatLine(line: string): DatFields {
  const fields: string[] = [];
  let at = 0;
  for (;;) {
    const column = fields.length + 1;
    if (line.charCodeAt(at) === 34) {
      let value = '';
      let i = at + 1;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close === -1) return { ok: false, column, message: 'a quote is opened but never closed' };
        if (line.charCodeAt(close + 1) === 34) {
          value += line.slice(i, close + 1);
          i = close + 2;
          continue;
        }
        value += line.slice(i, close);
        at = close + 1;
        break;
      }
      fields.push(value);
      if (at === line.length) return { ok: true, fields };
      if (line.charCodeAt(at) !== 44) return { ok: false, column, message: 'a closing quote must be followed by a comma or the end of the line' };
      at++;
    } else {
      const comma = line.indexOf(',', at);
      const value = comma === -1 ? line.slice(at) : line.slice(at, comma);
      if (value.includes('"')) return { ok: false, column, message: 'a quote may only open a field' };
      fields.push(value);
      if (comma === -1) return { ok: true, fields };
      at = comma + 1;
    }
  }
}

/** The lines of a file with their 1-based numbers, blank lines skipped; LF or CRLF, a UTF-8 BOM dropped. */
export function datLines(text: string): { line: number; text: string }[] {
  const lines = text.replace(/^\ufeff/, '').split('\n');
  const out: { line: number; text: string }[] = [];
  lines.forEach((raw, i) => {
    const value = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (value.trim() !== '') out.push({ line: i + 1, text: value });
  });
  return out;
}

/** `\N` (or an empty field) is OpenFlights' null. */
export function datNull(field: string): boolean {
  return field === '\\N' || field === '';
}
