import type { OwnRecordRouteFixture } from '../../test-support/route-fixture.test-support';
import { fixtureGenomes, toFasta, toMetadata } from './research.test-support';
import { readVaccineSeed } from './vaccines.seed';
import { earlyTrialRecord } from './results.test-support';

// For each research route scoped to the caller's own records: a submission of one researcher and the
// request that reaches it (see test-support/route-fixture.test-support.ts). The secret is a strain it holds.

let n = 0;
async function submit(owner: Parameters<OwnRecordRouteFixture['create']>[1]): Promise<{ id: number; secret: string }> {
  const [genome] = fixtureGenomes(1, 20);
  const strain = `confidential/${process.pid}-${++n}/2021`;
  const res = await owner.request('POST', '/api/research/submissions', { fasta: toFasta([{ name: strain, sequence: genome!.sequence }]), metadata: toMetadata([{ name: strain }], 'KEN') });
  if (res.statusCode !== 202) throw new Error(`fixture submission failed: ${res.body}`);
  return { id: res.json<{ id: number }>().id, secret: strain };
}

/** A researcher's proposal of a vaccine candidate; the secret is its comment. */
async function propose(owner: Parameters<OwnRecordRouteFixture['create']>[1]): Promise<{ id: number; secret: string }> {
  const secret = `confidential proposal ${process.pid}-${++n}`;
  const [candidate] = readVaccineSeed();
  const res = await owner.request('POST', '/api/research/vaccines/proposals', { candidate: { ...candidate, name: secret }, comment: secret });
  if (res.statusCode !== 201) throw new Error(`fixture proposal failed: ${res.body}`);
  return { id: res.json<{ id: number }>().id, secret };
}

/** A researcher's unpublished result; the secret is its title. */
async function submitResult(owner: Parameters<OwnRecordRouteFixture['create']>[1]): Promise<{ id: number; secret: string }> {
  const secret = `confidential result ${process.pid}-${++n}`;
  const res = await owner.request('POST', '/api/research/results', { record: earlyTrialRecord(secret) });
  if (res.statusCode !== 201) throw new Error(`fixture result failed: ${res.body}`);
  return { id: res.json<{ id: number }>().id, secret };
}

export const researchRouteFixtures: Record<string, OwnRecordRouteFixture> = {
  'GET /api/research/submissions': {
    role: 'researcher',
    async create(_t, owner) {
      const { secret } = await submit(owner);
      return { url: '/api/research/submissions', secret, status: 200 };
    },
  },
  'GET /api/research/submissions/:id': {
    role: 'researcher',
    async create(_t, owner) {
      const { id, secret } = await submit(owner);
      return { url: `/api/research/submissions/${id}`, secret };
    },
  },
  'POST /api/research/submissions/:id/retry': {
    role: 'researcher',
    async create(t, owner) {
      const { id, secret } = await submit(owner);
      await t.services.research.idle();
      return { url: `/api/research/submissions/${id}/retry`, body: {}, secret };
    },
  },
  'GET /api/research/vaccines/proposals': {
    role: 'researcher',
    async create(_t, owner) {
      const { secret } = await propose(owner);
      return { url: '/api/research/vaccines/proposals', secret, status: 200 };
    },
  },
  'GET /api/research/vaccines/proposals/:id': {
    role: 'researcher',
    async create(_t, owner) {
      const { id, secret } = await propose(owner);
      return { url: `/api/research/vaccines/proposals/${id}`, secret };
    },
  },
  'GET /api/research/results/mine': {
    role: 'researcher',
    async create(_t, owner) {
      const { secret } = await submitResult(owner);
      return { url: '/api/research/results/mine', secret, status: 200 };
    },
  },
  'POST /api/research/results/:id/versions': {
    role: 'researcher',
    async create(_t, owner) {
      const { id, secret } = await submitResult(owner);
      return { url: `/api/research/results/${id}/versions`, body: { record: earlyTrialRecord('another title') }, secret };
    },
  },
  'POST /api/research/results/:id/withdraw': {
    role: 'researcher',
    async create(_t, owner) {
      const { id, secret } = await submitResult(owner);
      return { url: `/api/research/results/${id}/withdraw`, body: { notice: 'withdrawn' }, secret };
    },
  },
};
