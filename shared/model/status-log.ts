/** The status log: every change of a story's workflow state, who made it and when. Append-only. */
import { z } from 'zod';
import { RoleSchema } from './people';
import { IdSchema, StoryStatusSchema } from './story';

export const StatusChangeSchema = z.object({
  storyId: IdSchema,
  /** ISO-8601. */
  at: z.string(),
  /** Profile name ('' when no profile was set). */
  by: z.string(),
  role: RoleSchema,
  from: StoryStatusSchema,
  to: StoryStatusSchema,
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;
