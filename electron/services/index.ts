/**
 * The services: the desk store behind the typed API contract. openServices is what the Electron shell and the
 * browser host call; dispatch(method, params) is the only way in.
 */
import type { AppInfo, Envelope } from '../../shared/api/contract';
import { hasAnyStory, openDesk, type Desk } from '../store';
import { createDispatch } from './dispatch';
import { createHandlers } from './handlers';

export { defaultDataDir } from './data-dir';

export interface ServicesOptions {
  /** Folder of the desk database (see defaultDataDir()). */
  dataDir: string;
  /** App version reported by app.info; defaults to '0.0.0-dev'. */
  version?: string;
}

export interface Services {
  /** Call one contract method; never throws, always an Envelope. */
  dispatch(method: string, params: unknown): Promise<Envelope<unknown>>;
  info(): AppInfo;
  close(): void;
}

/** Services over an already opened desk (tests use this to reach the database handle). */
export function createServices(desk: Desk, version = '0.0.0-dev'): Services {
  let closed = false;
  const info = (): AppInfo => ({
    version,
    dataDir: desk.dataDir,
    dbFile: desk.dbFile,
    brokenDatabase: desk.brokenDatabase,
    empty: !hasAnyStory(desk.db),
  });
  const dispatch = createDispatch(createHandlers(desk, info));
  return {
    dispatch,
    info,
    close() {
      if (closed) return;
      closed = true;
      desk.close();
    },
  };
}

/**
 * Open the desk in options.dataDir (creating it, setting a broken database file aside) and return the services.
 * Throws StoreError when no database can be opened at all (e.g. the folder is not writable, or the file is
 * from a newer Folio); its message is plain words meant for the user.
 */
export function openServices(options: ServicesOptions): Services {
  return createServices(openDesk(options.dataDir), options.version);
}
