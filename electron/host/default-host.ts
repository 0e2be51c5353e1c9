/**
 * The browser host as `npm start` runs it: the user's data folder, port 4780 (or a free one when that is
 * taken). An explicit port (FOLIO_PORT) is honoured exactly: if it is taken, that is an error to report.
 */
import { defaultDataDir } from '../services/data-dir';
import { startHost, type RunningHost } from './server';

export const DEFAULT_PORT = 4780;

export interface DefaultHost extends RunningHost {
  dataDir: string;
}

/** @param options.port the FOLIO_PORT text, if set */
export async function startDefaultHost(options: { port?: string; dataDir?: string } = {}): Promise<DefaultHost> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const explicitPort = parsePort(options.port);
  if (explicitPort !== undefined) {
    try {
      return { ...(await startHost({ port: explicitPort, dataDir })), dataDir };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      throw new Error(`port ${explicitPort} (FOLIO_PORT) is already in use — choose another or unset FOLIO_PORT`);
    }
  }
  try {
    return { ...(await startHost({ port: DEFAULT_PORT, dataDir })), dataDir };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return { ...(await startHost({ port: 0, dataDir })), dataDir };
  }
}

function parsePort(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`FOLIO_PORT must be a port number (0–65535), not "${text}"`);
  }
  return port;
}
