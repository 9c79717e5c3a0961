import ical, { ICalCalendarMethod } from 'ical-generator';
import type { z } from 'zod';
import type { Meeting, MeetingInput, MeetingRecordInputSchema } from '../../../shared/schemas/knowledge';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db } from '../../db/types';
import { NotFound, Unprocessable } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import type { CountriesService } from '../countries/countries.service';

// Briefings and exchange meetings (ADR 085): scheduled by organisers (the slot finder proposes the time),
// invited partners register and send questions before and during; afterwards attendance, answers, minutes
// and the recording are recorded and the meeting counts as held. Invitations are RFC 5545 (ical-generator).

const ORGANISER_ROLES = ['coordinator', 'expert', 'admin', 'system'];
const isOrganiser = (actor: Actor) => ORGANISER_ROLES.includes(actor.role);
type RecordInput = z.output<typeof MeetingRecordInputSchema>;

export function createMeetings({ db, clock, audit, countries }: { db: Db; clock: Clock; audit: AuditService; countries: CountriesService }) {
  const now = () => clock().toISOString();

  async function load(ids?: number[]): Promise<Meeting[]> {
    let q = db.selectFrom('knowledge_meetings').selectAll().orderBy('starts_at', 'desc').orderBy('id', 'desc');
    if (ids) q = q.where('id', 'in', ids.length > 0 ? ids : [-1]);
    const rows = await q.execute();
    if (rows.length === 0) return [];
    const meetingIds = rows.map((r) => r.id);
    const invitees = await db.selectFrom('knowledge_meeting_invitees').selectAll().where('meeting_id', 'in', meetingIds).orderBy('partner_id').execute();
    const questions = await db.selectFrom('knowledge_meeting_questions').selectAll().where('meeting_id', 'in', meetingIds).orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind as Meeting['kind'],
      titleEn: r.title_en,
      titleZh: r.title_zh,
      coHosts: JSON.parse(r.co_hosts) as string[],
      start: r.starts_at,
      end: r.ends_at,
      agenda: JSON.parse(r.agenda) as string[],
      editionIds: JSON.parse(r.edition_ids) as number[],
      invitees: invitees.filter((i) => i.meeting_id === r.id).map((i) => ({ partnerId: i.partner_id, registeredAt: i.registered_at, attended: Number(i.attended) === 1 })),
      questions: questions.filter((q) => q.meeting_id === r.id).map((q) => ({ id: q.id, partnerId: q.partner_id, text: q.text, askedAt: q.asked_at, answer: q.answer })),
      heldAt: r.held_at,
      minutes: r.minutes,
      recordingUrl: r.recording_url,
    }));
  }

  /** A meeting the actor may see: organisers any, a focal point one its partner is invited to; 404 otherwise. */
  async function visible(actor: Actor, id: number): Promise<Meeting> {
    const [meeting] = await load([id]);
    if (!meeting || !(isOrganiser(actor) || meeting.invitees.some((i) => i.partnerId === actor.partnerId))) throw new NotFound('meeting');
    return meeting;
  }

  async function invited(actor: Actor, partnerId: string, meetingId: number): Promise<Meeting> {
    if (actor.role === 'partner_focal_point' && actor.partnerId !== partnerId) throw new NotFound('meeting');
    const meeting = await visible(actor, meetingId);
    if (!meeting.invitees.some((i) => i.partnerId === partnerId)) throw new NotFound('meeting');
    return meeting;
  }

  async function unknownPartners(ids: string[], field: string) {
    const known = new Set((await countries.partners()).map((p) => p.id));
    const unknown = ids.flatMap((id, i) => (known.has(id) ? [] : [{ path: `body.${field}.${i}`, message: `${id} is not a partner` }]));
    if (unknown.length > 0) throw new Unprocessable('some partners are not known', unknown);
  }

  return {
    async create(actor: Actor, input: Required<MeetingInput>): Promise<Meeting> {
      const invitees = [...new Set(input.invitees)];
      await unknownPartners(input.invitees, 'invitees');
      const id = await db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto('knowledge_meetings')
          .values({
            kind: input.kind,
            title_en: input.titleEn,
            title_zh: input.titleZh,
            co_hosts: JSON.stringify(input.coHosts),
            starts_at: new Date(input.start).toISOString(),
            ends_at: new Date(input.end).toISOString(),
            agenda: JSON.stringify(input.agenda),
            edition_ids: JSON.stringify(input.editionIds),
            held_at: null,
            minutes: null,
            recording_url: null,
            created_by_label: actor.label,
            created_at: now(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        for (let i = 0; i < invitees.length; i += 500) await trx.insertInto('knowledge_meeting_invitees').values(invitees.slice(i, i + 500).map((partner_id) => ({ meeting_id: id, partner_id, registered_at: null }))).execute();
        await audit.record(trx, actor, { action: 'knowledge.meeting.create', entityType: 'knowledge_meeting', entityId: id, summary: { kind: input.kind, start: input.start, invitees: invitees.length } });
        return id;
      });
      return (await load([id]))[0]!;
    },

    /** Organisers: every meeting; a focal point: those its partner is invited to. */
    async list(actor: Actor): Promise<Meeting[]> {
      const all = await load();
      return isOrganiser(actor) ? all : all.filter((m) => m.invitees.some((i) => i.partnerId === actor.partnerId));
    },

    /** The invitation as an RFC 5545 calendar with one event (times in UTC; each invitee's client shows local time). */
    async invitation(actor: Actor, id: number): Promise<string> {
      const m = await visible(actor, id);
      const calendar = ical({ name: m.titleEn, prodId: { company: 'Concord', product: 'knowledge' }, method: ICalCalendarMethod.REQUEST });
      calendar.createEvent({
        id: `concord-meeting-${m.id}`,
        start: new Date(m.start),
        end: new Date(m.end),
        summary: `${m.titleEn} / ${m.titleZh}`,
        description: [m.coHosts.length > 0 ? `Co-hosts: ${m.coHosts.join(', ')}` : '', ...m.agenda.map((a, i) => `${i + 1}. ${a}`)].filter(Boolean).join('\n'),
        organizer: { name: 'Concord', email: 'no-reply@concord.invalid' },
        stamp: new Date(m.start),
      });
      return calendar.toString();
    },

    async register(actor: Actor, partnerId: string, meetingId: number): Promise<Meeting> {
      await invited(actor, partnerId, meetingId);
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('knowledge_meeting_invitees').set({ registered_at: now() }).where('meeting_id', '=', meetingId).where('partner_id', '=', partnerId).where('registered_at', 'is', null).execute();
        await audit.record(trx, actor, { action: 'knowledge.meeting.register', entityType: 'knowledge_meeting', entityId: meetingId, summary: { partnerId } });
      });
      return visible(actor, meetingId);
    },

    /** A question sent before or during the meeting. */
    async ask(actor: Actor, partnerId: string, meetingId: number, text: string): Promise<Meeting> {
      await invited(actor, partnerId, meetingId);
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('knowledge_meeting_questions').values({ meeting_id: meetingId, partner_id: partnerId, asked_by_label: actor.label, text, asked_at: now(), answer: null }).execute();
        await audit.record(trx, actor, { action: 'knowledge.meeting.question', entityType: 'knowledge_meeting', entityId: meetingId, summary: { partnerId } });
      });
      return visible(actor, meetingId);
    },

    /** After the meeting: who attended, answers, minutes and the recording; the meeting counts as held. */
    async record(actor: Actor, id: number, input: RecordInput): Promise<Meeting> {
      const meeting = await visible(actor, id);
      const invitedIds = new Set(meeting.invitees.map((i) => i.partnerId));
      const strangers = input.attended.flatMap((p, i) => (invitedIds.has(p) ? [] : [{ path: `body.attended.${i}`, message: `${p} was not invited` }]));
      if (strangers.length > 0) throw new Unprocessable('attendance names partners that were not invited', strangers);
      const questionIds = new Set(meeting.questions.map((q) => q.id));
      const unknown = input.answers.flatMap((a, i) => (questionIds.has(a.questionId) ? [] : [{ path: `body.answers.${i}.questionId`, message: 'not a question of this meeting' }]));
      if (unknown.length > 0) throw new Unprocessable('some answers are to questions of another meeting', unknown);
      const editionIds = input.editionIds ? [...new Set(input.editionIds)] : meeting.editionIds;
      if (input.editionIds && input.editionIds.length > 0) {
        const known = new Set((await db.selectFrom('knowledge_editions').select('id').where('id', 'in', input.editionIds).execute()).map((e) => e.id));
        const strange = input.editionIds.flatMap((e, i) => (known.has(e) ? [] : [{ path: `body.editionIds.${i}`, message: `${e} is not an edition` }]));
        if (strange.length > 0) throw new Unprocessable('some presented editions do not exist', strange);
      }
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('knowledge_meetings').set({ held_at: meeting.heldAt ?? now(), minutes: input.minutes, recording_url: input.recordingUrl ?? null, edition_ids: JSON.stringify(editionIds) }).where('id', '=', id).execute();
        await trx.updateTable('knowledge_meeting_invitees').set({ attended: 0 }).where('meeting_id', '=', id).execute();
        if (input.attended.length > 0) await trx.updateTable('knowledge_meeting_invitees').set({ attended: 1 }).where('meeting_id', '=', id).where('partner_id', 'in', input.attended).execute();
        for (const a of input.answers) await trx.updateTable('knowledge_meeting_questions').set({ answer: a.answer }).where('id', '=', a.questionId).execute();
        await audit.record(trx, actor, { action: 'knowledge.meeting.record', entityType: 'knowledge_meeting', entityId: id, summary: { attended: input.attended.length, answers: input.answers.length, recording: input.recordingUrl ?? null, editionIds } });
      });
      return visible(actor, id);
    },

    /** "N meetings with M countries and regions": meetings held, and distinct partners that attended one. */
    async totals(): Promise<{ meetings: number; countries: number; organisations: number }> {
      const held = await db.selectFrom('knowledge_meetings').select('id').where('held_at', 'is not', null).execute();
      const attended = held.length === 0 ? [] : await db.selectFrom('knowledge_meeting_invitees').select('partner_id').distinct().where('attended', '=', 1).where('meeting_id', 'in', held.map((h) => h.id)).execute();
      const kinds = new Map((await countries.partners()).map((p) => [p.id, p.kind]));
      const reached = attended.map((a) => kinds.get(a.partner_id));
      return { meetings: held.length, countries: reached.filter((k) => k === 'country').length, organisations: reached.filter((k) => k === 'organisation').length };
    },
  };
}
