import { describe, expect, it } from 'vitest';
import { createDonorResolver } from './donor-flow';
import { readFtsDonorCsv } from './fts-donor-csv';

const resolver = createDonorResolver({
  partners: [{ id: 'KEN', iso3: 'KEN', acronym: null, nameEn: 'Kenya' }],
  iso2ToIso3: new Map(),
  items: [{ id: 'gloves', nameEn: 'Examination gloves' }],
});

describe('readFtsDonorCsv', () => {
  it('reads our column names and FTS’s, paid as delivered and commitments as pledged', () => {
    const ours = readFtsDonorCsv('donor,recipient,item,quantity,status,date,flow_id\nDonor One,KEN,gloves,1000,paid,2026-03-01,F-1\n', resolver);
    expect(ours).toEqual({ ok: true, rows: 1, flows: [{ donor: 'Donor One', donorRef: null, partnerId: 'KEN', item: 'gloves', quantity: 1000, kind: 'delivery', date: '2026-03-01', reference: 'F-1', line: 2 }] });
    const fts = readFtsDonorCsv('Flow ID,Source organization,Destination location,Item,Quantity,Flow status,Decision date\n7,Donor Two,Kenya,Examination gloves,50,commitment,2026-04-01\n', resolver);
    expect(fts.ok && fts.flows.map((f) => [f.donor, f.partnerId, f.item, f.kind, f.reference])).toEqual([['Donor Two', 'KEN', 'gloves', 'pledge', '7']]);
  });

  it('refuses the file at the line and column of each bad cell, and a header without a needed column', () => {
    const bad = readFtsDonorCsv('donor,recipient,item,quantity,status,date\nD,KEN,gloves,1000,paid,2026-03-01\nD,XXX,gloves,-4,paid,01/03/2026\n', resolver);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 2],
      [3, 4],
      [3, 6],
    ]);
    const header = readFtsDonorCsv('donor,recipient,item,quantity,date\n', resolver);
    expect(!header.ok && header.errors[0]).toMatchObject({ line: 1, message: expect.stringContaining('status') });
  });

  it('refuses a row with too few fields at its line', () => {
    const short = readFtsDonorCsv('donor,recipient,item,quantity,status,date\nD,KEN,gloves\n', resolver);
    expect(!short.ok && short.errors[0]).toMatchObject({ line: 2 });
  });
});
