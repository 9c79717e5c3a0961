import { z } from 'zod';

// Advisories of the consular module (issue 13): plain text in English and Chinese, versioned.

/** A tag or an entity: an advisory is pasted into group chats as it is, so it holds plain text only. */
const MARKUP = /<\/?[a-z!][^>]*>|&[a-z]+;|&#\d+;/i;
const plainText = (max: number) =>
  z.string().trim().min(1).max(max).refine((text) => !MARKUP.test(text), { message: 'plain text only: remove the HTML tags or entities' });

export const ADVISORY_AUDIENCES = ['post', 'students', 'city'] as const;

export const AdvisoryInputSchema = z
  .object({
    /** An admin names the post; an officer's advisory is always their own post's. */
    postId: z.string().min(1).max(64).optional(),
    audience: z.enum(ADVISORY_AUDIENCES),
    city: z.string().trim().min(1).max(80).nullable().default(null),
    titleEn: plainText(160),
    titleZh: plainText(160),
    bodyEn: plainText(8000),
    bodyZh: plainText(8000),
  })
  .refine((a) => a.audience !== 'city' || a.city !== null, { path: ['city'], message: 'name the city this advisory is for' });
export type AdvisoryInput = z.infer<typeof AdvisoryInputSchema>;

export const AdvisoryVersionSchema = z.object({
  version: z.number().int(),
  titleEn: z.string(),
  titleZh: z.string(),
  bodyEn: z.string(),
  bodyZh: z.string(),
  author: z.string(),
  createdAt: z.string(),
});
export type AdvisoryVersion = z.infer<typeof AdvisoryVersionSchema>;

/** What anyone may read: the published version of an advisory. */
export const PublicAdvisorySchema = AdvisoryVersionSchema.extend({
  id: z.number().int(),
  postId: z.string(),
  audience: z.enum(ADVISORY_AUDIENCES),
  city: z.string().nullable(),
  publishedAt: z.string(),
});
export type PublicAdvisory = z.infer<typeof PublicAdvisorySchema>;
export const PublicAdvisoryListSchema = z.object({ advisories: z.array(PublicAdvisorySchema) });

/** An officer's view: the current draft, what was published, every version and its reach. */
export const AdvisorySchema = z.object({
  id: z.number().int(),
  postId: z.string(),
  audience: z.enum(ADVISORY_AUDIENCES),
  city: z.string().nullable(),
  currentVersion: z.number().int(),
  publishedVersion: z.number().int().nullable(),
  publishedAt: z.string().nullable(),
  versions: z.array(AdvisoryVersionSchema),
  /** Citizens the published version was sent to, and how many of them opened it. */
  reach: z.object({ sent: z.number().int(), opened: z.number().int() }),
});
export type Advisory = z.infer<typeof AdvisorySchema>;
export const AdvisoryListSchema = z.object({ advisories: z.array(AdvisorySchema) });

/** Who an advisory reached: one row per citizen it was sent to (officers of the post only). */
export const AdvisoryReachSchema = z.object({
  recipients: z.array(z.object({ citizenId: z.number().int(), fullName: z.string(), version: z.number().int(), sentAt: z.string(), openedAt: z.string().nullable() })),
});

/** A citizen's advisories: those sent to them, with when they opened each. */
export const MyAdvisoryListSchema = z.object({ advisories: z.array(PublicAdvisorySchema.extend({ openedAt: z.string().nullable() })) });
export const AdvisoryPublicQuerySchema = z.object({ postId: z.string().min(1).max(64).optional() });
