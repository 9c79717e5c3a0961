// Service-level compliance (issue 13): of the timers already decided, the share met in time, per post and over
// all. A timer still running before its deadline is not decided yet and counts in neither part of the share;
// one running past its deadline is missed already.

export interface CaseTimers {
  postId: string;
  firstResponseDue: string | null;
  firstResponseAt: string | null;
  resolutionDue: string | null;
  resolvedAt: string | null;
}

export type TimerOutcome = 'met' | 'missed' | 'running' | 'none';

export interface TimerCompliance {
  met: number;
  missed: number;
  running: number;
  /** met / (met + missed); null while nothing is decided. */
  share: number | null;
}

export interface PostCompliance {
  postId: string;
  firstResponse: TimerCompliance;
  resolution: TimerCompliance;
}

export interface SlaCompliance {
  overall: Omit<PostCompliance, 'postId'>;
  byPost: PostCompliance[];
}

/** A timer's outcome at `now` (instants as ISO strings or epoch ms). */
export function timerOutcome(due: string | null, doneAt: string | null, now: number): TimerOutcome {
  if (due === null) return 'none';
  const deadline = Date.parse(due);
  if (doneAt !== null) return Date.parse(doneAt) <= deadline ? 'met' : 'missed';
  return now > deadline ? 'missed' : 'running';
}

const empty = () => ({ met: 0, missed: 0, running: 0 });
const withShare = (c: { met: number; missed: number; running: number }): TimerCompliance => ({ ...c, share: c.met + c.missed === 0 ? null : c.met / (c.met + c.missed) });

export function slaCompliance(cases: readonly CaseTimers[], now: number): SlaCompliance {
  const posts = new Map<string, { firstResponse: ReturnType<typeof empty>; resolution: ReturnType<typeof empty> }>();
  const overall = { firstResponse: empty(), resolution: empty() };
  const tally = (counts: ReturnType<typeof empty>, outcome: TimerOutcome) => {
    if (outcome !== 'none') counts[outcome] += 1;
  };
  for (const c of cases) {
    let post = posts.get(c.postId);
    if (!post) posts.set(c.postId, (post = { firstResponse: empty(), resolution: empty() }));
    const first = timerOutcome(c.firstResponseDue, c.firstResponseAt, now);
    const resolution = timerOutcome(c.resolutionDue, c.resolvedAt, now);
    tally(post.firstResponse, first);
    tally(overall.firstResponse, first);
    tally(post.resolution, resolution);
    tally(overall.resolution, resolution);
  }
  return {
    overall: { firstResponse: withShare(overall.firstResponse), resolution: withShare(overall.resolution) },
    byPost: [...posts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([postId, p]) => ({ postId, firstResponse: withShare(p.firstResponse), resolution: withShare(p.resolution) })),
  };
}
