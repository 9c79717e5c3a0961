// The two service-level timers of a help request, in the post's working minutes (working-time.ts): the first
// response and the resolution. Targets by urgency; a life-threatening case is answered within half an hour
// of working time (the hotline answers it at once in practice; the timer is the backstop).
import { addWorkingMinutes, workingMinutesBetween, type WorkingSchedule } from './working-time';

export type Urgency = 'life_threatening' | 'urgent' | 'normal';

export const SLA_TARGETS: Record<Urgency, { firstResponse: number; resolution: number }> = {
  life_threatening: { firstResponse: 30, resolution: 8 * 60 },
  urgent: { firstResponse: 2 * 60, resolution: 3 * 8 * 60 },
  normal: { firstResponse: 8 * 60, resolution: 5 * 8 * 60 },
};

export interface CaseTimer {
  due: number | null;
  metAt: number | null;
  breached: boolean;
  workingMinutesLeft: number | null;
}

/** Deadlines for a case opened at `openedAt`. */
export function caseDeadlines(openedAt: number, urgency: Urgency, s: WorkingSchedule): { firstResponse: number | null; resolution: number | null } {
  const target = SLA_TARGETS[urgency];
  return { firstResponse: addWorkingMinutes(openedAt, target.firstResponse, s), resolution: addWorkingMinutes(openedAt, target.resolution, s) };
}

/** A timer's state at `now`: met (and whether in time), or running (working minutes left, negative once breached). */
export function timerState(due: number | null, metAt: number | null, now: number, s: WorkingSchedule): CaseTimer {
  if (due === null) return { due, metAt, breached: false, workingMinutesLeft: null };
  if (metAt !== null) return { due, metAt, breached: metAt > due, workingMinutesLeft: null };
  const left = now <= due ? workingMinutesBetween(now, due, s) : -workingMinutesBetween(due, now, s);
  return { due, metAt, breached: now > due, workingMinutesLeft: Math.round(left) };
}
