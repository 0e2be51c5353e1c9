import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';

const shell = vi.hoisted(() => ({ openExternal: vi.fn(async () => {}) }));
vi.mock('electron', () => ({ shell }));

import { guardNavigation } from '../../../electron/app/navigation-guard';

function guarded() {
  const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
  guardNavigation(contents as unknown as WebContents);
  const navigate = (url: string) => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-navigate', event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  const openHandler = contents.setWindowOpenHandler.mock.calls[0][0] as (details: { url: string }) => { action: string };
  return { navigate, openHandler };
}

describe('navigation guard', () => {
  it('lets the app navigate within folio://app/', () => {
    expect(guarded().navigate('folio://app/index.html#desk')).toBe(false);
  });

  it('blocks navigation elsewhere and opens web links in the OS browser', () => {
    shell.openExternal.mockClear();
    const { navigate } = guarded();
    expect(navigate('https://www.people.com.cn/')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.people.com.cn/');
  });

  it('never hands other schemes to the OS', () => {
    shell.openExternal.mockClear();
    const { navigate, openHandler } = guarded();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share']) {
      expect(navigate(url)).toBe(true);
      expect(openHandler({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window', () => {
    const { openHandler } = guarded();
    expect(openHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'folio://app/' })).toEqual({ action: 'deny' });
  });
});
