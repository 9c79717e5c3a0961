// Other donors' deliveries and pledges to the agency's partners, as read from their files (IATI activity
// XML, an FTS-like CSV): per partner and catalogue item, with the line of the file they came from
// (docs/decisions/046). Pure types and matching: the server resolves codes against its own tables.

export const DONOR_FLOW_KINDS = ['delivery', 'pledge'] as const;
export type DonorFlowKind = (typeof DONOR_FLOW_KINDS)[number];

export interface DonorFlow {
  donor: string;
  /** The donor's organisation identifier when the file gives one (IATI `ref`). */
  donorRef: string | null;
  partnerId: string;
  item: string;
  quantity: number;
  kind: DonorFlowKind;
  /** YYYY-MM-DD: the delivery's or the expected arrival's day. */
  date: string;
  /** The activity's IATI identifier or the CSV's flow id, for finding it again in the donor's own records. */
  reference: string | null;
  /** 1-based line of the file where the flow was read. */
  line: number;
}

/** Where a file is malformed: nothing of it is stored. */
export interface DonorFileError {
  line: number;
  /** 1-based; null when the whole line (or file) is at fault. */
  column: number | null;
  message: string;
}

/** What a file held that is not ours to net: activities about other places or goods. */
export interface DonorFileSkips {
  /** Activities (IATI) or rows with no partner of ours. */
  unknownPartner: number;
  /** Indicators (IATI) with no item of our catalogue. */
  unknownItem: number;
}

/** Turns a file's codes and names into the agency's partner and item ids, or null when it has none. */
export interface DonorResolver {
  partner(code: { iso2?: string; ref?: string; name?: string }): string | null;
  item(codeOrName: string): string | null;
}

export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A quantity as IATI's xsd:decimal and the CSV write it: digits, an optional fraction, no sign or exponent. */
export const DECIMAL = /^\d{1,15}(\.\d{1,6})?$/;

/** A resolver from the agency's partners, countries (ISO2 → ISO3) and catalogue: ids, codes, names and acronyms, case-insensitively. */
export function createDonorResolver(data: {
  partners: readonly { id: string; iso3: string | null; acronym: string | null; nameEn: string }[];
  iso2ToIso3: ReadonlyMap<string, string>;
  items: readonly { id: string; nameEn: string }[];
}): DonorResolver {
  const key = (s: string) => s.trim().toLowerCase();
  const partners = new Map<string, string>();
  for (const p of data.partners) {
    for (const name of [p.id, p.iso3, p.acronym, p.nameEn]) if (name) partners.set(key(name), p.id);
  }
  const byIso3 = new Map(data.partners.filter((p) => p.iso3).map((p) => [p.iso3!, p.id]));
  const items = new Map<string, string>();
  for (const i of data.items) for (const name of [i.id, i.nameEn]) items.set(key(name), i.id);
  return {
    partner({ iso2, ref, name }) {
      if (iso2) {
        const iso3 = data.iso2ToIso3.get(iso2.trim().toUpperCase());
        const id = iso3 ? byIso3.get(iso3) : undefined;
        if (id) return id;
      }
      for (const candidate of [ref, name]) {
        const id = candidate ? partners.get(key(candidate)) : undefined;
        if (id) return id;
      }
      return null;
    },
    item: (codeOrName) => items.get(key(codeOrName)) ?? null,
  };
}
