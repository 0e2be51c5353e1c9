// Builds the preview's web fonts (metrics files and unicode-range slices, electron/fonts/web-fonts) into
// dist/web-fonts, so the first start serves them at once. Faces already built (same hash) are skipped.
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_FILE_IDS } from '../../shared/compose/font-files';
import { ensureWebFace } from '../../electron/fonts/web-fonts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'web-fonts');
const current = new Set<string>();
for (const id of FONT_FILE_IDS) current.add(basename(ensureWebFace(dir, id)));
// Folders of earlier builds (other hashes) would only grow the package: nothing serves them any more.
for (const entry of readdirSync(dir, { withFileTypes: true })) {
  if (entry.isDirectory() && !current.has(entry.name)) rmSync(join(dir, entry.name), { recursive: true, force: true });
}
rmSync(join(dir, 'manifest.json'), { force: true });
rmSync(join(dir, 'manifest.json.gz'), { force: true });
