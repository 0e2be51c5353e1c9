import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { handleInvoke, registerInvokeHandler } from '../../../electron/app/ipc-bridge';

const mainFrame = { url: 'folio://app/' };
const ownEvent = { senderFrame: mainFrame, sender: { mainFrame } } as unknown as IpcMainInvokeEvent;

function fakeServices() {
  return { dispatch: vi.fn(async (method: string, params: unknown) => ({ ok: true as const, value: { method, params } })) };
}

describe('folio:invoke handler', () => {
  it('passes method and params from our page to dispatch', async () => {
    const services = fakeServices();
    await expect(handleInvoke(services, ownEvent, 'stories.list', { trash: true })).resolves.toEqual({
      ok: true,
      value: { method: 'stories.list', params: { trash: true } },
    });
  });

  it('refuses a frame that is not our page', async () => {
    const services = fakeServices();
    const foreign = { url: 'https://evil.example/' };
    const fromElsewhere = { senderFrame: foreign, sender: { mainFrame: foreign } } as unknown as IpcMainInvokeEvent;
    const fromSubframe = { senderFrame: { url: 'folio://app/' }, sender: { mainFrame } } as unknown as IpcMainInvokeEvent;
    const fromGone = { senderFrame: null, sender: { mainFrame } } as unknown as IpcMainInvokeEvent;
    for (const event of [fromElsewhere, fromSubframe, fromGone]) {
      await expect(handleInvoke(services, event, 'app.info', {})).resolves.toMatchObject({ ok: false });
    }
    expect(services.dispatch).not.toHaveBeenCalled();
  });

  it('refuses a method name that is not a string', async () => {
    const services = fakeServices();
    await expect(handleInvoke(services, ownEvent, { evil: true }, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    expect(services.dispatch).not.toHaveBeenCalled();
  });

  it('turns a throwing dispatch into an internal error envelope', async () => {
    const services = { dispatch: vi.fn(async () => Promise.reject(new Error('disk gone'))) };
    await expect(handleInvoke(services, ownEvent, 'app.info', {})).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'Folio failed inside (app.info): disk gone', text: { code: 'internal-error', params: { method: 'app.info', detail: 'disk gone' } } },
    });
  });

  it('registers on the one folio:invoke channel', async () => {
    const handle = vi.fn();
    registerInvokeHandler({ handle }, fakeServices());
    expect(handle).toHaveBeenCalledTimes(1);
    expect(handle.mock.calls[0][0]).toBe('folio:invoke');
  });
});
