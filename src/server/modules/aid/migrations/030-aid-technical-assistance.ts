import type { Kysely } from 'kysely';
import { withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

// Technical assistance (issue 15, docs/decisions/045): expert teams, whose members are users with the
// expert role (specialty and languages per membership), sent on missions to partners, in the country or
// as remote consultations, each with dates, objectives, places, activities, a status and a report.
export function aidTechnicalAssistance(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await withIdColumn(db.schema.createTable('aid_expert_teams'), dialect)
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await withIdColumn(db.schema.createTable('aid_team_members'), dialect)
        .addColumn('team_id', 'integer', (c) => c.notNull().references('aid_expert_teams.id'))
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('specialty', 'text', (c) => c.notNull())
        /** JSON array of language tags. */
        .addColumn('languages', 'text', (c) => c.notNull())
        .addUniqueConstraint('aid_team_members_team_user', ['team_id', 'user_id'])
        .execute();
      await withIdColumn(db.schema.createTable('aid_missions'), dialect)
        .addColumn('team_id', 'integer', (c) => c.notNull().references('aid_expert_teams.id'))
        .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        /** JSON array of objectives. */
        .addColumn('objectives', 'text', (c) => c.notNull())
        .addColumn('places', 'text', (c) => c.notNull())
        .addColumn('activities', 'text', (c) => c.notNull())
        .addColumn('start_date', 'text', (c) => c.notNull())
        .addColumn('end_date', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('report', 'text')
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('aid_team_members_team').on('aid_team_members').column('team_id').execute();
      await db.schema.createIndex('aid_missions_partner').on('aid_missions').column('partner_id').execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['aid_missions', 'aid_team_members', 'aid_expert_teams']) await db.schema.dropTable(table).execute();
    },
  };
}
