import Holidays from 'date-holidays';
import type { Post, PostInput } from '../../../shared/schemas/consular';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db, DbExecutor } from '../../db/types';
import { NotFound } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import type { CountriesService } from '../countries/countries.service';
import { findPost, listPosts, updatePost } from './consular.repo';
import { createPostDeskCache } from './consular-post-desk';
import type { ConsularPostsTable } from './consular.tables';

type HolidayList = Post['holidays'];

/** The post's columns from its payload (lists as JSON). */
export const postColumns = (input: PostInput) => ({
  kind: input.kind,
  name_en: input.nameEn,
  name_zh: input.nameZh,
  host_iso3: input.hostIso3,
  city: input.city,
  time_zone: input.timeZone,
  working_hours: JSON.stringify(input.workingHours),
  covers: JSON.stringify(input.covers),
  cities: JSON.stringify(input.cities),
  phones: JSON.stringify(input.phones),
});

export const toPostInput = (r: ConsularPostsTable): PostInput => ({
  kind: r.kind,
  nameEn: r.name_en,
  nameZh: r.name_zh,
  hostIso3: r.host_iso3,
  city: r.city,
  timeZone: r.time_zone,
  workingHours: JSON.parse(r.working_hours) as PostInput['workingHours'],
  covers: JSON.parse(r.covers) as string[],
  cities: JSON.parse(r.cities) as string[],
  phones: JSON.parse(r.phones) as string[],
});

// Embassies and consulates general. Public holidays are not stored: date-holidays gives the host country's
// for the year (a maintained package, so a post never carries a stale list).
export function createConsularPostsService(deps: { db: Db; clock: Clock; audit: AuditService; countries: CountriesService }) {
  const { db, clock, audit, countries } = deps;
  const holidayCache = new Map<string, HolidayList>();
  let iso2ByIso3: Promise<Map<string, string>> | null = null;
  /**
   * Loads the ISO3 → ISO2 codes date-holidays needs, once. Call it before opening a transaction that asks for
   * holidays: on SQLite a transaction holds the one connection the countries service would wait for.
   */
  const ready = () => (iso2ByIso3 ??= countries.countries().then((list) => new Map(list.map((c) => [c.iso3, c.iso2]))));

  async function holidaysOf(hostIso3: string, year: number): Promise<HolidayList> {
    const key = `${hostIso3}:${year}`;
    const cached = holidayCache.get(key);
    if (cached) return cached;
    const iso2 = (await ready()).get(hostIso3);
    const calendar = iso2 ? new Holidays(iso2) : null;
    const list = (calendar ? calendar.getHolidays(year) || [] : []).filter((h) => h.type === 'public').map((h) => ({ date: h.date.slice(0, 10), name: h.name }));
    holidayCache.set(key, list);
    return list;
  }

  // Routing and the timers read the posts on every call: cached per version of the posts (consular-post-desk.ts).
  const desk = createPostDeskCache(toPostInput, holidaysOf);

  const toPost = async (r: ConsularPostsTable): Promise<Post> => ({
    id: r.id,
    ...toPostInput(r),
    demo: r.demo === 1,
    holidays: await holidaysOf(r.host_iso3, clock().getUTCFullYear()),
  });

  return {
    ready,
    holidaysOf,
    /**
     * The posts as routing and the timers need them, read through `executor` (a transaction's, or the
     * database); call `ready` before opening a transaction that asks for it.
     */
    async desk(executor: DbExecutor = db) {
      await ready();
      return desk.current(executor);
    },
    async list(): Promise<Post[]> {
      return Promise.all((await listPosts(db)).map(toPost));
    },
    /** Whether the post exists; null while no post is defined at all. */
    async exists(id: string): Promise<boolean | null> {
      if (await findPost(db, id)) return true;
      return (await listPosts(db)).length === 0 ? null : false;
    },
    async get(id: string): Promise<Post> {
      const row = await findPost(db, id);
      if (!row) throw new NotFound('post');
      return toPost(row);
    },
    /** An admin edits a post; a demo post edited stays marked demo until the agency replaces the set. */
    async update(actor: Actor, id: string, input: PostInput): Promise<Post> {
      await db.transaction().execute(async (trx) => {
        if (!(await findPost(trx, id))) throw new NotFound('post');
        await updatePost(trx, id, { ...postColumns(input), updated_at: clock().toISOString() });
        await audit.record(trx, actor, { action: 'consular.post.update', entityType: 'consular_post', entityId: id, summary: { ...input } });
      });
      // Other processes see the new updated_at; this one may have edited within the same millisecond.
      desk.invalidate();
      return this.get(id);
    },
  };
}

export type ConsularPostsService = ReturnType<typeof createConsularPostsService>;
