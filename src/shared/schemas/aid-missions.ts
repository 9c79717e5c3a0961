import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './common';

// Technical assistance (issue 15, docs/decisions/045): expert teams sent on missions to partners, in the
// country or as remote consultations, counted beside the material assistance.

export const MISSION_OBJECTIVES = ['prevention-control', 'clinical', 'community'] as const;
export const MISSION_KINDS = ['in-country', 'remote'] as const;
export const MISSION_STATUSES = ['planned', 'under-way', 'completed', 'cancelled'] as const;
export const MissionStatusSchema = z.enum(MISSION_STATUSES);
export type MissionStatus = z.infer<typeof MissionStatusSchema>;

const Text = (max: number) => z.string().trim().max(max);
const Language = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as en, fr or zh');

export const TeamInputSchema = z.object({
  name: Text(200).min(1),
  members: z
    .array(z.object({ userId: IdSchema, specialty: Text(200).min(1), languages: z.array(Language).min(1, 'give at least one language').max(10) }))
    .min(1, 'a team has at least one member')
    .max(50),
});
export type TeamInput = z.infer<typeof TeamInputSchema>;

export const TeamSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  members: z.array(z.object({ userId: z.number().int(), name: z.string(), specialty: z.string(), languages: z.array(z.string()) })),
});
export type Team = z.infer<typeof TeamSchema>;
export const TeamListSchema = z.object({ teams: z.array(TeamSchema) });
export const ExpertListSchema = z.object({ experts: z.array(z.object({ id: z.number().int(), name: z.string() })) });

export const MissionInputSchema = z
  .object({
    teamId: IdSchema,
    partnerId: z.string().min(1).max(64),
    kind: z.enum(MISSION_KINDS),
    objectives: z.array(z.enum(MISSION_OBJECTIVES)).min(1, 'choose at least one objective').max(3),
    places: Text(500).default(''),
    activities: Text(4000).default(''),
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
  })
  .refine((m) => m.endDate >= m.startDate, { path: ['endDate'], message: 'the mission ends on or after its start' });
export type MissionInput = z.input<typeof MissionInputSchema>;

// Besides the next status and the report, the plan itself may be corrected (dates, objectives, places,
// activities); the team, the partner and the kind stay what the mission was created with.
export const MissionUpdateSchema = z.object({
  status: MissionStatusSchema.exclude(['planned']).optional(),
  report: Text(20_000).optional(),
  objectives: z.array(z.enum(MISSION_OBJECTIVES)).min(1, 'choose at least one objective').max(3).optional(),
  places: Text(500).optional(),
  activities: Text(4000).optional(),
  startDate: IsoDateSchema.optional(),
  endDate: IsoDateSchema.optional(),
});
export type MissionUpdate = z.infer<typeof MissionUpdateSchema>;

export const MissionSchema = z.object({
  id: z.number().int(),
  teamId: z.number().int(),
  teamName: z.string(),
  partnerId: z.string(),
  kind: z.enum(MISSION_KINDS),
  objectives: z.array(z.enum(MISSION_OBJECTIVES)),
  places: z.string(),
  activities: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  status: MissionStatusSchema,
  report: z.string().nullable(),
  experts: z.number().int().describe('members of the team'),
  days: z.number().int().describe('days from start to end, both counted'),
});
export type Mission = z.infer<typeof MissionSchema>;
export const MissionListSchema = z.object({ missions: z.array(MissionSchema) });
