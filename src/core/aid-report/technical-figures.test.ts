import { describe, expect, it } from 'vitest';
import { checkMissionStatus, missionDays } from '../missions/mission-status';
import { technicalFigures, type FiguresMission } from './technical-figures';

const mission = (over: Partial<FiguresMission>): FiguresMission => ({ teamId: 1, partnerId: 'KEN', partnerKind: 'country', kind: 'in-country', status: 'completed', startDate: '2026-12-01', endDate: '2026-12-14', ...over });

describe('technical figures', () => {
  it('counts teams, experts, in-country days up to the date, remote consultations and partners reached', () => {
    const members = new Map([
      [1, [10, 11, 12]],
      [2, [12, 13]],
      [3, [14]],
    ]);
    const missions = [
      mission({}),
      mission({ teamId: 2, partnerId: 'ORG-WHO', partnerKind: 'organisation', kind: 'remote', startDate: '2026-12-05', endDate: '2026-12-05' }),
      mission({ teamId: 2, partnerId: 'UGA', status: 'under-way', startDate: '2026-12-10', endDate: '2026-12-31' }),
      mission({ teamId: 3, status: 'cancelled' }),
      mission({ teamId: 3, status: 'planned', startDate: '2027-01-10', endDate: '2027-01-20' }),
    ];
    // On 12-20: 14 days in Kenya and 11 so far in Uganda; expert 12 is in both teams and counts once.
    expect(technicalFigures('2026-12-20', missions, members)).toEqual({ teams: 2, experts: 4, missions: 2, missionDays: 25, remoteConsultations: 1, countries: 2, organisations: 1 });
    expect(technicalFigures('2026-11-30', missions, members)).toEqual({ teams: 0, experts: 0, missions: 0, missionDays: 0, remoteConsultations: 0, countries: 0, organisations: 0 });
  });

  it('moves a mission forward only, and counts both ends of its dates', () => {
    expect(checkMissionStatus('planned', 'under-way').ok).toBe(true);
    expect(checkMissionStatus('planned', 'completed')).toEqual({ ok: false, message: 'a planned mission goes on to under-way or cancelled, not completed' });
    expect(checkMissionStatus('completed', 'cancelled').ok).toBe(false);
    expect(missionDays('2026-12-01', '2026-12-01')).toBe(1);
    expect(missionDays('2026-02-27', '2026-03-02')).toBe(4);
  });
});
