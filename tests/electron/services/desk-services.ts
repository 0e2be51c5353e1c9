/** Test fixture: each test gets a fresh desk in a temporary folder with its services, closed and removed after it. */
import { afterEach, beforeEach } from 'vitest';
import { createServices, type Services } from '../../../electron/services';
import { openDesk, type Desk } from '../../../electron/store';
import { tempDir } from '../store/helpers';

export interface DeskWithServices {
  readonly dir: string;
  readonly desk: Desk;
  readonly services: Services;
}

export function deskWithServicesPerTest(prefix: string): DeskWithServices {
  let current: (DeskWithServices & { cleanup: () => void }) | null = null;
  beforeEach(() => {
    const { dir, cleanup } = tempDir(prefix);
    const desk = openDesk(dir);
    current = { dir, cleanup, desk, services: createServices(desk) };
  });
  afterEach(() => {
    current?.services.close();
    current?.cleanup();
    current = null;
  });
  const now = () => {
    if (!current) throw new Error('the desk exists only inside a test');
    return current;
  };
  return {
    get dir() {
      return now().dir;
    },
    get desk() {
      return now().desk;
    },
    get services() {
      return now().services;
    },
  };
}
