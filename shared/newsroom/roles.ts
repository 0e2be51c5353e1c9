/**
 * Newsroom roles: the desk's three (editor 编辑, proofreader 校对, layout 版式) plus the two a shared newsroom
 * needs: chief 值班总编 (签发, lease takeover) and admin 系统管理员 (accounts; reads everything, writes nothing).
 */
import { z } from 'zod';
import { Roles, type Role } from '../model/people';

export const NewsroomRoles = [...Roles, 'chief', 'admin'] as const;
export const NewsroomRoleSchema = z.enum(NewsroomRoles);
export type NewsroomRole = z.infer<typeof NewsroomRoleSchema>;

/**
 * The desk role a newsroom role acts as where the desk's own tables (shared/model/workflow.ts TRANSITIONS,
 * shared/model/proof.ts PROOF_PERMISSIONS) decide: a chief edits as an editor does; an admin as nobody.
 */
export function deskRoleOf(role: NewsroomRole): Role | null {
  if (role === 'chief') return 'editor';
  if (role === 'admin') return null;
  return role;
}
