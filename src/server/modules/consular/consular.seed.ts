import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PostInputSchema } from '../../../shared/schemas/consular';
import type { Clock } from '../../clock';
import { SEED_DIR } from '../../config/data-paths';
import type { Db } from '../../db/types';
import { insertPosts, listPosts } from './consular.repo';
import { postColumns } from './consular-posts.service';
import { insertKitTypes, listKitTypes } from './consular-kits.repo';

// The kit posts handed to students abroad in the epidemic: masks, sanitiser and guidance.
const KIT_TYPES = [
  { id: 'student-health', name_en: 'Student health kit', name_zh: '留学生健康包', contents: JSON.stringify(['20 surgical masks', 'hand sanitiser 100 ml', 'thermometer', 'guidance leaflet (en/zh)']) },
];

// The demo posts (data/seed/consular-posts.json, marked there and in each row as demo), when there are none.
const PostsDemoSchema = z.object({ note: z.string().startsWith('Demo data'), posts: z.array(PostInputSchema.extend({ id: z.string().min(1).max(64) })) });

export async function seedConsularPosts(db: Db, clock: Clock, dir: URL = SEED_DIR): Promise<{ posts: number } | null> {
  if ((await listKitTypes(db)).length === 0) await insertKitTypes(db, KIT_TYPES);
  if ((await listPosts(db)).length > 0) return null;
  const demo = PostsDemoSchema.parse(JSON.parse(readFileSync(new URL('consular-posts.json', dir), 'utf8')));
  const now = clock().toISOString();
  await insertPosts(db, demo.posts.map((p) => ({ id: p.id, ...postColumns(p), demo: 1, updated_at: now })));
  return { posts: demo.posts.length };
}
