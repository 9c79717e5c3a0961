import nodemailer from 'nodemailer';
import type { Clock } from '../../clock';
import type { Db, DbExecutor } from '../../db/types';
import type { ServiceLog } from '../../log';
import { startPeriodicSweep } from '../../workers/periodic-sweep';

// The e-mail outbox (ADR 084): reminders are written to knowledge_outbox in the same transaction as the
// reminder itself, and a background loop sends them through SMTP. A failed attempt is retried with a
// doubling delay (1, 2, 4, 8 minutes) and given up after OUTBOX_MAX_ATTEMPTS; the row keeps the last error.
// Without SMTP_URL nothing is sent and the rows wait, so configuring SMTP later delivers them.

export const OUTBOX_MAX_ATTEMPTS = 5;
const FIRST_RETRY_MS = 60_000;

export interface MailMessage {
  to: string;
  subject: string;
  body: string;
}

/** Sends one message; throws when the server refuses it. */
export interface Mailer {
  send(message: { from: string; to: string; subject: string; text: string }): Promise<void>;
  close(): void;
}

/** A mailer on an SMTP server given as a URL, e.g. smtp://user:pass@mail.example.org:587 or smtps://…. */
export function smtpMailer(url: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail(message);
    },
    close: () => transport.close(),
  };
}

export const enqueueMail = async (db: DbExecutor, messages: MailMessage[], at: string) => {
  for (let i = 0; i < messages.length; i += 200)
    await db
      .insertInto('knowledge_outbox')
      .values(messages.slice(i, i + 200).map((m) => ({ to_address: m.to, subject: m.subject, body: m.body, created_at: at, next_attempt_at: at, sent_at: null, gave_up_at: null, last_error: null })))
      .execute();
};

export interface OutboxOptions {
  db: Db;
  clock: Clock;
  mailer: Mailer | null;
  from: string;
  log: ServiceLog;
}

export function createOutbox({ db, clock, mailer, from, log }: OutboxOptions) {
  /** Sends what is due, oldest first; returns how many were sent and how many failed this round. */
  async function drain(limit = 50): Promise<{ sent: number; failed: number }> {
    if (!mailer) return { sent: 0, failed: 0 };
    const now = clock().toISOString();
    const due = await db
      .selectFrom('knowledge_outbox')
      .selectAll()
      .where('sent_at', 'is', null)
      .where('gave_up_at', 'is', null)
      .where('next_attempt_at', '<=', now)
      .orderBy('id')
      .limit(limit)
      .execute();
    let sent = 0;
    let failed = 0;
    for (const row of due) {
      // Claim the row by its attempt count, so a second server draining the same table skips it.
      const attempts = row.attempts + 1;
      const claimed = await db.updateTable('knowledge_outbox').set({ attempts }).where('id', '=', row.id).where('attempts', '=', row.attempts).where('sent_at', 'is', null).executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) continue;
      try {
        await mailer.send({ from, to: row.to_address, subject: row.subject, text: row.body });
        await db.updateTable('knowledge_outbox').set({ sent_at: clock().toISOString(), last_error: null }).where('id', '=', row.id).execute();
        sent++;
      } catch (error) {
        failed++;
        const message = error instanceof Error ? error.message : String(error);
        const at = clock();
        const giveUp = attempts >= OUTBOX_MAX_ATTEMPTS;
        await db
          .updateTable('knowledge_outbox')
          .set({ last_error: message.slice(0, 1000), next_attempt_at: new Date(at.getTime() + FIRST_RETRY_MS * 2 ** (attempts - 1)).toISOString(), gave_up_at: giveUp ? at.toISOString() : null })
          .where('id', '=', row.id)
          .execute();
        log.warn({ err: error, outboxId: row.id, attempts }, giveUp ? 'knowledge: gave up sending an e-mail' : 'knowledge: an e-mail failed; it will be retried');
      }
    }
    return { sent, failed };
  }

  return {
    drain,
    /** Drains every `intervalMs` until the returned stop is called (which waits for a round in progress). */
    start(intervalMs = 30_000): () => Promise<void> {
      const stop = mailer ? startPeriodicSweep(drain, intervalMs, (error) => log.error({ err: error }, 'knowledge: the e-mail outbox round failed')) : async () => undefined;
      return async () => {
        await stop();
        mailer?.close();
      };
    },
    /** Counts for the dashboard: waiting, sent, given up. */
    async status(): Promise<{ waiting: number; sent: number; gaveUp: number }> {
      const rows = await db
        .selectFrom('knowledge_outbox')
        .select((eb) => [
          eb.fn.countAll<number>().as('total'),
          eb.fn.count<number>('sent_at').as('sent'),
          eb.fn.count<number>('gave_up_at').as('gaveUp'),
        ])
        .executeTakeFirstOrThrow();
      const total = Number(rows.total);
      const sent = Number(rows.sent);
      const gaveUp = Number(rows.gaveUp);
      return { waiting: total - sent - gaveUp, sent, gaveUp };
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
