import { describe, expect, it } from 'vitest';
import type { Batch } from '../../../../shared/schemas/aid';
import { batchCsv, batchCsvFileName, csvField } from './batch-csv';

const batch: Batch = {
  id: 7,
  number: 3,
  batchDate: '2026-12-01',
  approvedBy: 'Chen Coordinator',
  approvedAt: '2026-11-30T10:00:00.000Z',
  fingerprint: 'abc',
  objective: 1,
  allocations: [
    { partnerId: 'KEN', requestId: 12, item: 'gloves', quantity: 5000, packs: 50 },
    { partnerId: 'KEN', requestId: 13, item: 'gloves', quantity: 100, packs: 1 },
    { partnerId: 'ORG-MSF', requestId: null, item: 'pulse-oximeter', quantity: 50, packs: 1 },
  ],
};
const names = {
  partner: (id: string) => ({ KEN: 'Kenya', 'ORG-MSF': 'Médecins Sans Frontières, "MSF"' })[id] ?? id,
  item: (id: string) => ({ gloves: '检查手套', 'pulse-oximeter': 'Pulse oximeters' })[id] ?? id,
};

describe('batchCsv', () => {
  it('writes a header row, then one row per allocation, with names and an empty request id where there is none', () => {
    expect(batchCsv(batch, names).split('\r\n')).toEqual([
      'batch,batch_date,partner_id,partner_name,item_id,item_name,quantity,packs,request_id',
      '3,2026-12-01,KEN,Kenya,gloves,检查手套,5000,50,12',
      '3,2026-12-01,KEN,Kenya,gloves,检查手套,100,1,13',
      '3,2026-12-01,ORG-MSF,"Médecins Sans Frontières, ""MSF""",pulse-oximeter,Pulse oximeters,50,1,',
      '',
    ]);
  });

  it('writes only the header for a batch without allocations', () => {
    expect(batchCsv({ ...batch, allocations: [] }, names)).toBe('batch,batch_date,partner_id,partner_name,item_id,item_name,quantity,packs,request_id\r\n');
  });

  it('quotes fields with commas, quotes or line breaks, and only those', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(2.5)).toBe('2.5');
  });

  it('names the file by batch number and date', () => {
    expect(batchCsvFileName(batch)).toBe('batch-3-2026-12-01.csv');
  });
});
