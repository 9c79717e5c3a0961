import type { MissionStatus } from '../../shared/schemas/aid-missions';

// A mission is planned, then under way, then completed; it may be cancelled until it is completed.
const NEXT: Record<MissionStatus, readonly MissionStatus[]> = {
  planned: ['under-way', 'cancelled'],
  'under-way': ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export function checkMissionStatus(from: MissionStatus, to: MissionStatus): { ok: true } | { ok: false; message: string } {
  if (NEXT[from].includes(to)) return { ok: true };
  return { ok: false, message: NEXT[from].length === 0 ? `the mission is ${from}: its status is final` : `a ${from} mission goes on to ${NEXT[from].join(' or ')}, not ${to}` };
}

/** Days from start to end, both counted (YYYY-MM-DD, UTC). */
export function missionDays(startDate: string, endDate: string): number {
  return Math.max(0, Math.round((Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000) + 1);
}
