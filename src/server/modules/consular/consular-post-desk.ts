import { sql } from 'kysely';
import type { PostCoverage } from '../../../core/consular/route-to-post';
import { localParts, type WorkingSchedule } from '../../../core/consular/working-time';
import type { Post, PostInput } from '../../../shared/schemas/consular';
import type { DbExecutor } from '../../db/types';
import { listPosts } from './consular.repo';
import type { ConsularPostsTable } from './consular.tables';

type HolidaysOf = (hostIso3: string, year: number) => Promise<Post['holidays']>;

/** What routing a call and counting its timers need of the posts, read once per version of the posts. */
export interface PostDesk {
  /** The posts' districts, to route a call by the caller's place. */
  coverage: readonly PostCoverage[];
  has(postId: string): boolean;
  /** The post's working time around `at` (its holidays of the local year before, of and after), no IO. */
  schedule(postId: string, at: number): Promise<WorkingSchedule>;
}

/**
 * The version of the posts: how many there are and their latest edit. One read of a small table per request, so a post
 * edited by another process (another server on PostgreSQL, the CLI's seed) is seen at the next call, without
 * a signal that could be missed; this process's own edits drop the desk at once (`invalidate`).
 */
async function postsVersion(db: DbExecutor): Promise<string> {
  const { rows } = await sql<{ n: string | number; v: string | null }>`select count(*) as n, max(updated_at) as v from consular_posts`.execute(db);
  return `${rows[0]?.n ?? 0}|${rows[0]?.v ?? ''}`;
}

function buildDesk(rows: ConsularPostsTable[], toPostInput: (r: ConsularPostsTable) => PostInput, holidaysOf: HolidaysOf): PostDesk {
  const inputs = new Map(rows.map((r) => [r.id, toPostInput(r)]));
  const schedules = new Map<string, Promise<WorkingSchedule>>();
  return {
    coverage: [...inputs].map(([id, p]) => ({ id, kind: p.kind, covers: p.covers, cities: p.cities })),
    has: (postId) => inputs.has(postId),
    schedule(postId, at) {
      const post = inputs.get(postId);
      if (!post) return Promise.reject(new Error(`consular: no post ${postId}`));
      const year = localParts(at, post.timeZone).year;
      const key = `${postId}:${year}`;
      let s = schedules.get(key);
      if (!s) {
        s = Promise.all([year - 1, year, year + 1].map((y) => holidaysOf(post.hostIso3, y))).then((lists) => ({ timeZone: post.timeZone, ...post.workingHours, holidays: new Set(lists.flat().map((h) => h.date)) }));
        schedules.set(key, s);
      }
      return s;
    },
  };
}

/** The posts' desk, cached per version; `invalidate` after this process edits a post. */
export function createPostDeskCache(toPostInput: (r: ConsularPostsTable) => PostInput, holidaysOf: HolidaysOf) {
  let cached: { version: string; desk: Promise<PostDesk> } | null = null;
  return {
    /** The desk as of `db` (a transaction's own connection, so on SQLite it waits for no other). */
    async current(db: DbExecutor): Promise<PostDesk> {
      const version = await postsVersion(db);
      if (cached?.version !== version) {
        const desk = listPosts(db).then((rows) => buildDesk(rows, toPostInput, holidaysOf));
        cached = { version, desk };
        desk.catch(() => {
          if (cached?.desk === desk) cached = null;
        });
      }
      return cached.desk;
    },
    invalidate(): void {
      cached = null;
    },
  };
}
