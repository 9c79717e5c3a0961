import { sql } from 'kysely';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db } from '../../db/types';
import type { AuditService } from '../audit/audit.service';
import { ANONYMISED_PASSPORT, type PassportCipher } from './passport-cipher';

const DAY_MS = 86_400_000;
const BATCH = 200;
const REMOVED = '(anonymised)';

// The consular module's commands (ADR 071). Anonymising keeps what the statistics count (post, channel,
// topic, urgency, status, dates, a citizen's status and city) and removes who: names, passport, phones,
// e-mail, handles, guardians, and the text of summaries and messages. Re-encryption moves every passport
// to the newest key in committed batches, so a run that stops is resumed by running it again.
export function createConsularMaintenanceService(deps: { db: Db; clock: Clock; audit: AuditService; cipher: () => PassportCipher }) {
  const { db, clock, audit, cipher } = deps;

  return {
    /**
     * Closed cases last touched before the retention, and citizens not updated since then who have no case
     * still open or within it, are anonymised. Returns how many of each.
     */
    async anonymise(actor: Actor, retentionDays: number): Promise<{ cases: number; citizens: number; before: string }> {
      const before = new Date(clock().getTime() - retentionDays * DAY_MS).toISOString();
      return db.transaction().execute(async (trx) => {
        const cases = (await trx.selectFrom('consular_cases').select('id').where('status', '=', 'closed').where('updated_at', '<', before).where('caller_name', '!=', REMOVED).execute()).map((c) => Number(c.id));
        for (let i = 0; i < cases.length; i += BATCH) {
          const ids = cases.slice(i, i + BATCH);
          await trx.updateTable('consular_cases').set({ caller_name: REMOVED, caller_phone: '', summary: REMOVED, escalation_reason: null }).where('id', 'in', ids).execute();
          await trx.updateTable('consular_case_messages').set({ body: REMOVED, author_label: REMOVED }).where('case_id', 'in', ids).execute();
        }
        const citizens = (
          await trx
            .selectFrom('consular_citizens as c')
            .select('c.id')
            .where('c.updated_at', '<', before)
            .where('c.passport_encrypted', '!=', ANONYMISED_PASSPORT)
            .where(({ not, exists, selectFrom }) =>
              not(exists(selectFrom('consular_cases as k').select(sql`1`.as('one')).whereRef('k.citizen_id', '=', 'c.id').where((eb) => eb.or([eb('k.status', '!=', 'closed'), eb('k.updated_at', '>=', before)])))),
            )
            .execute()
        ).map((c) => Number(c.id));
        for (let i = 0; i < citizens.length; i += BATCH) {
          await trx
            .updateTable('consular_citizens')
            .set({ full_name: REMOVED, passport_encrypted: ANONYMISED_PASSPORT, phone: '', email: null, messaging_handle: null, guardian_contact: null, school: null, programme: null, date_of_birth: '1900-01-01', user_id: null })
            .where('id', 'in', citizens.slice(i, i + BATCH))
            .execute();
        }
        await audit.record(trx, actor, { action: 'consular.anonymise', entityType: 'consular', entityId: 'retention', summary: { before, retentionDays, cases: cases.length, citizens: citizens.length } });
        return { cases: cases.length, citizens: citizens.length, before };
      });
    },

    /**
     * Re-encrypts every passport not yet under the newest key, BATCH rows per transaction. Each new value is
     * decrypted again and compared before it is written, and written only if the row still holds the value
     * read (a concurrent correction wins), so no plaintext is ever lost. Running it again resumes.
     */
    async reencryptPassports(actor: Actor, options: { maxBatches?: number } = {}): Promise<{ reencrypted: number; remaining: number; key: string }> {
      const c = cipher();
      const prefix = `${c.current}:`;
      const pending = (q: ReturnType<typeof db.selectFrom<'consular_citizens'>>) => q.where('passport_encrypted', 'not like', `${prefix}%`).where('passport_encrypted', '!=', ANONYMISED_PASSPORT);
      let reencrypted = 0;
      for (let batch = 0; options.maxBatches === undefined || batch < options.maxBatches; batch++) {
        const rows = await pending(db.selectFrom('consular_citizens')).select(['id', 'passport_encrypted']).orderBy('id').limit(BATCH).execute();
        if (rows.length === 0) break;
        await db.transaction().execute(async (trx) => {
          for (const row of rows) {
            const plain = c.decrypt(row.passport_encrypted);
            const next = c.encrypt(plain);
            if (c.decrypt(next) !== plain) throw new Error(`re-encryption of citizen ${row.id} did not round-trip; nothing of this batch was written`);
            await trx.updateTable('consular_citizens').set({ passport_encrypted: next }).where('id', '=', Number(row.id)).where('passport_encrypted', '=', row.passport_encrypted).execute();
          }
          await audit.record(trx, actor, { action: 'consular.passports.reencrypt', entityType: 'consular', entityId: c.current, summary: { rows: rows.length } });
        });
        reencrypted += rows.length;
      }
      const left = await pending(db.selectFrom('consular_citizens')).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
      return { reencrypted, remaining: Number(left.n), key: c.current };
    },
  };
}

export type ConsularMaintenanceService = ReturnType<typeof createConsularMaintenanceService>;
