import { describe, expect, it } from 'vitest';
import { slaCompliance, timerOutcome } from './sla-compliance';

const NOW = Date.parse('2020-03-10T12:00:00.000Z');

describe('timerOutcome', () => {
  it('is met on or before the deadline, missed after it or when running past it, running before it', () => {
    expect(timerOutcome('2020-03-10T10:00:00.000Z', '2020-03-10T10:00:00.000Z', NOW)).toBe('met');
    expect(timerOutcome('2020-03-10T10:00:00.000Z', '2020-03-10T10:00:01.000Z', NOW)).toBe('missed');
    expect(timerOutcome('2020-03-10T10:00:00.000Z', null, NOW)).toBe('missed');
    expect(timerOutcome('2020-03-10T13:00:00.000Z', null, NOW)).toBe('running');
    expect(timerOutcome(null, null, NOW)).toBe('none');
  });
});

describe('slaCompliance', () => {
  it('gives the share met of the decided timers, per post and overall', () => {
    const due = '2020-03-10T10:00:00.000Z';
    const early = '2020-03-10T09:00:00.000Z';
    const late = '2020-03-10T11:00:00.000Z';
    const s = slaCompliance(
      [
        { postId: 'EMB-GBR', firstResponseDue: due, firstResponseAt: early, resolutionDue: due, resolvedAt: early },
        { postId: 'EMB-GBR', firstResponseDue: due, firstResponseAt: early, resolutionDue: due, resolvedAt: late },
        { postId: 'EMB-GBR', firstResponseDue: due, firstResponseAt: late, resolutionDue: '2020-03-11T10:00:00.000Z', resolvedAt: null },
        { postId: 'CG-USA', firstResponseDue: due, firstResponseAt: null, resolutionDue: null, resolvedAt: null },
      ],
      NOW,
    );
    expect(s.overall.firstResponse).toEqual({ met: 2, missed: 2, running: 0, share: 0.5 });
    expect(s.overall.resolution).toEqual({ met: 1, missed: 1, running: 1, share: 0.5 });
    expect(s.byPost.map((p) => [p.postId, p.firstResponse.share, p.resolution.share])).toEqual([
      ['CG-USA', 0, null],
      ['EMB-GBR', 2 / 3, 0.5],
    ]);
  });

  it('has no share, rather than NaN, when nothing is decided', () => {
    expect(slaCompliance([], NOW).overall.firstResponse).toEqual({ met: 0, missed: 0, running: 0, share: null });
  });
});
