import { sql, type Kysely } from 'kysely';

// users.post_id was free text before the consular posts existed (issue 13). Existing officers' values are
// matched to a post by its id, English name or city, ignoring case and spaces, and set to that post's id.
// A value matching no post is left for an admin to choose (the accounts service refuses to save an unknown
// post from now on, and lists the account as it is).
export function consularOfficerPosts() {
  return {
    async up(db: Kysely<unknown>) {
      const posts = (await sql<{ id: string; name_en: string; city: string }>`select id, name_en, city from consular_posts`.execute(db)).rows;
      const officers = (await sql<{ id: number; post_id: string }>`select id, post_id from users where post_id is not null`.execute(db)).rows;
      const key = (s: string) => s.toLowerCase().replace(/\s+/g, '');
      for (const officer of officers) {
        const match = posts.find((p) => [p.id, p.name_en, p.city].some((v) => key(v) === key(officer.post_id)));
        if (match && match.id !== officer.post_id) await sql`update users set post_id = ${match.id} where id = ${officer.id}`.execute(db);
      }
    },
    async down() {
      // The matched values were spellings of the same post: nothing to restore.
    },
  };
}
