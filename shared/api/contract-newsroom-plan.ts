/**
 * The whole page plan between desks and the server (shared/newsroom/page-plan.ts has the merge rule): a desk
 * reads an issue's plan (plan.get) and sends what it changed (plan.push, each entity with the state it started
 * from), and pictures travel by content hash (assets.put / assets.get) so every desk composes the same page.
 */
import { z } from 'zod';
import { AssetSchema, Sha256Schema } from '../model/asset';
import { IdSchema } from '../model/story';
import { PlanConflictSchema, PlanPushSchema, PlanStateSchema } from '../newsroom/page-plan';

/** Some issues' whole plan, with each page's version on the server. */
export const PlanDocSchema = PlanStateSchema.extend({ versions: z.record(z.string(), z.number().int().positive()) });
export type PlanDoc = z.infer<typeof PlanDocSchema>;

/** The most bytes of one picture on the server (its base64 fits the server's 16 MB body limit). */
export const ASSET_MAX_BYTES = 11 * 1024 * 1024;

export const AssetMetaSchema = AssetSchema.omit({ createdAt: true, mediaType: true, needsCmykConversion: true });

export const newsroomPlanMethods = {
  'plan.get': { params: z.object({ issueId: IdSchema }).strict(), result: PlanDocSchema },
  /** Apply a desk's change; what could not apply comes back in `conflicts` and the server's state stays. */
  'plan.push': {
    params: PlanPushSchema,
    result: z.object({ plan: PlanDocSchema, conflicts: z.array(PlanConflictSchema) }),
  },
  /** Store a picture by its sha256 (checked against the bytes); the same picture twice stores it once. */
  'assets.put': {
    params: z.object({ asset: AssetMetaSchema, base64: z.string().max(Math.ceil(ASSET_MAX_BYTES / 3) * 4) }).strict(),
    result: z.object({ id: Sha256Schema, created: z.boolean() }),
  },
  'assets.get': {
    params: z.object({ id: Sha256Schema }).strict(),
    result: z.object({ asset: AssetMetaSchema, base64: z.string() }),
  },
} as const;
