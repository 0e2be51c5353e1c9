/** The permission table as Markdown, for docs/newsroom.md (a test checks the document prints exactly this). */
import { NEWSROOM_PERMISSIONS } from './permissions';
import { NewsroomRoles } from './roles';

export function permissionTableMarkdown(): string {
  const header = `| method | ${NewsroomRoles.join(' | ')} |`;
  const rule = `|---|${NewsroomRoles.map(() => ':-:').join('|')}|`;
  const rows = Object.entries(NEWSROOM_PERMISSIONS).map(
    ([method, roles]) => `| \`${method}\` | ${NewsroomRoles.map((role) => (roles.includes(role) ? '✓' : '—')).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}
