import { describe, expect, it } from 'vitest';
import type { PlanRun } from '../../../../shared/schemas/aid';
import { allocationValues, splitForMap } from './allocation-map-values';

const explanation = (recipient: string, item: string, allocated: number, demand: number) => ({
  recipient,
  item,
  demand,
  allocated,
  packs: allocated / 10,
  coverage: allocated / demand,
  value: 0,
  nextPackValue: null,
  reason: 'covered' as const,
  detail: '',
});
const recipient = (partnerId: string, iso3: string | null, kind: 'country' | 'organisation') => ({
  partnerId,
  nameEn: partnerId,
  nameZh: partnerId,
  kind,
  iso3,
  priority: 0.5,
  prioritySource: 'computed' as const,
  factors: [],
  requestIds: [],
  demandBasis: 'requests' as const,
  needs: [],
  pledged: [],
});
const run = {
  recipients: [recipient('KEN', 'KEN', 'country'), recipient('ORG-WHO', null, 'organisation'), recipient('UGA', 'UGA', 'country')],
  plan: { explanations: [explanation('KEN', 'gloves', 100, 100), explanation('KEN', 'gown', 0, 40), explanation('ORG-WHO', 'gloves', 50, 200), explanation('UGA', 'gown', 20, 20)] },
} as unknown as PlanRun;

describe('allocation map values', () => {
  it('gives each recipient the mean share of its demand covered, over its items', () => {
    expect(allocationValues(run, null)).toEqual([
      { partnerId: 'KEN', iso3: 'KEN', value: 0.5 },
      { partnerId: 'ORG-WHO', iso3: null, value: 0.25 },
      { partnerId: 'UGA', iso3: 'UGA', value: 1 },
    ]);
  });

  it('gives the units of one item, and no value where the recipient did not ask for it', () => {
    expect(allocationValues(run, 'gown').map((v) => v.value)).toEqual([0, null, 20]);
  });

  it('puts countries on the map by ISO3 and lists organisations beside it', () => {
    const kinds = new Map(run.recipients.map((r) => [r.partnerId, r.kind]));
    const { countries, organisations } = splitForMap(allocationValues(run, null), kinds);
    expect([...countries]).toEqual([['KEN', 0.5], ['UGA', 1]]);
    expect(organisations.map((o) => o.partnerId)).toEqual(['ORG-WHO']);
  });
});
