import { missionDays } from '../missions/mission-status';

// The technical part of the published figures as of a date (issue 15, docs/decisions/045): missions that
// started on or before the date and were not cancelled; the teams that went and their experts; the days
// in the country up to the date (a mission under way counts its days so far); remote consultations apart;
// the countries and organisations they reached.

export interface FiguresMission {
  teamId: number;
  partnerId: string;
  partnerKind: 'country' | 'organisation';
  kind: 'in-country' | 'remote';
  status: 'planned' | 'under-way' | 'completed' | 'cancelled';
  startDate: string;
  endDate: string;
}

export interface TechnicalFigures {
  teams: number;
  experts: number;
  missions: number;
  missionDays: number;
  remoteConsultations: number;
  countries: number;
  organisations: number;
}

export function technicalFigures(date: string, missions: readonly FiguresMission[], membersByTeam: ReadonlyMap<number, readonly number[]>): TechnicalFigures {
  const counted = missions.filter((m) => m.status !== 'cancelled' && m.startDate <= date);
  const teams = new Set(counted.map((m) => m.teamId));
  const experts = new Set([...teams].flatMap((t) => membersByTeam.get(t) ?? []));
  const reached = (kind: 'country' | 'organisation') => new Set(counted.filter((m) => m.partnerKind === kind).map((m) => m.partnerId)).size;
  return {
    teams: teams.size,
    experts: experts.size,
    missions: counted.filter((m) => m.kind === 'in-country').length,
    missionDays: counted.filter((m) => m.kind === 'in-country').reduce((sum, m) => sum + missionDays(m.startDate, m.endDate < date ? m.endDate : date), 0),
    remoteConsultations: counted.filter((m) => m.kind === 'remote').length,
    countries: reached('country'),
    organisations: reached('organisation'),
  };
}
