/** Every newsroom method's handler (session.login is served before authentication, in dispatch.ts). */
import type { HandlerTable } from './context';
import { leaseHandlers } from './leases';
import { markHandlers } from './marks';
import { pageHandlers } from './pages';
import { planHandlers } from './plan';
import { sessionHandlers } from './session';
import { signoffHandlers } from './signoff';
import { storyHandlers } from './stories';

export const handlers: HandlerTable = {
  ...sessionHandlers,
  ...storyHandlers,
  ...leaseHandlers,
  ...markHandlers,
  ...pageHandlers,
  ...signoffHandlers,
  ...planHandlers,
};
