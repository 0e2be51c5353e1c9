/** session.logout/me and the change feed read. */
import { readChanges } from '../store/changes';
import { CHANGES_PAGE_MAX } from '../../shared/newsroom/changes';
import { logout } from '../auth/sessions';
import type { Handler } from './context';

const sessionLogout: Handler<'session.logout'> = async (ctx) => ({ revoked: await logout(ctx.tx, ctx.caller.tokenSha256) });
const sessionMe: Handler<'session.me'> = async (ctx) => ({ name: ctx.caller.name, role: ctx.caller.role });
const changes: Handler<'changes'> = (ctx, p) => readChanges(ctx.tx, p.since, p.limit ?? CHANGES_PAGE_MAX);

export const sessionHandlers = { 'session.logout': sessionLogout, 'session.me': sessionMe, changes };
