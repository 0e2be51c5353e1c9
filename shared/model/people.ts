/**
 * People at a desk: who opens Folio and in which role. For now a local profile (name + role) kept in the desk
 * database; a real account system arrives with the newsroom server, and will produce the same Profile.
 */
import { z } from 'zod';

/** Editor 编辑, proofreader 校对, layout staff 版式. What each may do is in workflow.ts and enforced by the services. */
export const Roles = ['editor', 'proofreader', 'layout'] as const;
export const RoleSchema = z.enum(Roles);
export type Role = z.infer<typeof RoleSchema>;

/** The Chinese name of each role, as the newsroom says it. */
export const ROLE_LABELS_ZH: Readonly<Record<Role, string>> = {
  editor: '编辑',
  proofreader: '校对',
  layout: '版式',
};

export const ProfileSchema = z.object({
  /** The person's name as it appears in revisions, the status log and lock notices. */
  name: z.string().trim().min(1).max(100),
  role: RoleSchema,
});
export type Profile = z.infer<typeof ProfileSchema>;
