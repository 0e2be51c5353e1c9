// Builds the preview's web fonts (metrics files and unicode-range slices, electron/fonts/web-fonts) into
// dist/web-fonts, so the first start serves them at once. Faces already built (same hash) are skipped.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_FILE_IDS } from '../../shared/compose/font-files';
import { ensureWebFace } from '../../electron/fonts/web-fonts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'web-fonts');
for (const id of FONT_FILE_IDS) ensureWebFace(dir, id);
