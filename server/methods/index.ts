/** Every newsroom method's handler (session.login is served before authentication, in dispatch.ts). */
import type { HandlerTable } from './context';
import { leaseHandlers } from './leases';
import { sessionHandlers } from './session';
import { storyHandlers } from './stories';

export const handlers: Partial<HandlerTable> = {
  ...sessionHandlers,
  ...storyHandlers,
  ...leaseHandlers,
};
