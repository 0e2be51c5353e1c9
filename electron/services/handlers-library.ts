/**
 * Handlers of the library methods (shared/api/contract-library.ts): search, copy import, picture assets and
 * attachments. Uploads arrive as base64 (the browser host has no file paths); a picture that cannot be
 * imported is an invalid-params reply with the plain message, naming the bytes field.
 */
import type { libraryMethods } from '../../shared/api/contract-library';
import { StoreError, type Desk } from '../store';
import { getAsset, listAssets } from '../store/assets-repo';
import { listAttachments } from '../store/attachments-repo';
import { searchStories } from '../store/search';
import type { Handler } from './handler';
import { ImportError } from './import/import-error';
import { importCopyFiles } from './import/import-copy';
import { importPicture } from './pictures/picture-assets';
import type { JobRunner } from './jobs/job-runner';

export type LibraryHandlers = { [M in keyof typeof libraryMethods]: Handler<M> };

const fromBase64 = (text: string) => Buffer.from(text, 'base64');

export interface LibraryOptions {
  /** Who is importing (the local profile's name), recorded as the new stories' author. */
  author?: () => string | undefined;
  /** Reads .docx files off the request thread. */
  jobs?: JobRunner;
}

export function createLibraryHandlers(desk: Desk, options: LibraryOptions = {}): LibraryHandlers {
  const { db } = desk;
  return {
    'search.stories': (p) => searchStories(db, p.query, { limit: p.limit }),
    'import.files': (p) =>
      importCopyFiles(
        desk,
        p.files.map((f) => ({ name: f.name, bytes: fromBase64(f.bytesBase64) })),
        { author: options.author?.(), jobs: options.jobs },
      ),
    'assets.import': async (p) => {
      try {
        return await importPicture(db, desk.dataDir, p.name, fromBase64(p.bytesBase64));
      } catch (error) {
        if (error instanceof ImportError) throw new StoreError('invalid', error.text, { cause: error, field: 'bytesBase64' });
        throw error;
      }
    },
    'assets.get': (p) => getAsset(db, p.id),
    'assets.list': () => listAssets(db),
    'attachments.list': (p) => listAttachments(db, p.storyId),
  };
}
