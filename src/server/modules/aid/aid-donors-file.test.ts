import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createDonorResolver, type DonorFlow } from '../../../core/aid-donors/donor-flow';
import { DonorFileTooLarge, readDonorFile, spool } from './aid-donors-file';

const resolver = createDonorResolver({ partners: [{ id: 'KEN', iso3: 'KEN', acronym: null, nameEn: 'Kenya' }], iso2ToIso3: new Map([['KE', 'KEN']]), items: [{ id: 'gloves', nameEn: 'Examination gloves' }] });
const activity = (k: number) =>
  `<iati-activity><iati-identifier>A-${k}</iati-identifier><reporting-org><narrative>D</narrative></reporting-org><recipient-country code="KE"/><result><indicator measure="1"><title><narrative>gloves</narrative></title><period><period-end iso-date="2026-11-01"/><actual value="${k + 1}"/></period></indicator></result></iati-activity>\n`;

describe('donor files on disk', () => {
  it('spools a body with its SHA-256, and refuses one past the limit, leaving nothing behind', async () => {
    const file = await spool(Readable.from(['abc']), 10);
    expect(file).toMatchObject({ bytes: 3, sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' });
    await file.remove();
    expect(existsSync(dirname(file.path))).toBe(false);
    await expect(spool(Readable.from([Buffer.alloc(8), Buffer.alloc(8)]), 10)).rejects.toBeInstanceOf(DonorFileTooLarge);
  });

  it('reads an IATI file with a byte-order mark in batches to its sink, every flow once', async () => {
    const xml = `\ufeff<?xml version="1.0"?><iati-activities version="2.03">\n${Array.from({ length: 1200 }, (_, k) => activity(k)).join('')}</iati-activities>`;
    const file = await spool(Readable.from([xml]), 10_000_000);
    try {
      const batches: DonorFlow[][] = [];
      const read = await readDonorFile(file, 'iati', resolver, async (flows) => void batches.push(flows));
      expect(read).toMatchObject({ error: null, activities: 1200, flows: 1200 });
      expect(batches.flat().map((f) => f.quantity)).toEqual(Array.from({ length: 1200 }, (_, k) => k + 1));
      expect(Math.max(...batches.map((b) => b.length))).toBeLessThan(1200);
    } finally {
      await file.remove();
    }
  });
});
