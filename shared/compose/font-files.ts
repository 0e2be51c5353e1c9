/**
 * The bundled font files (OFL, from npm — never from the OS). One table names them for every consumer:
 * the Node loader (electron/services), the browser host (served as web fonts) and the PDF export (embedded).
 * Paths are package-relative so they resolve in node_modules and in a packaged app alike.
 */
import { z } from 'zod';
import { errorMessage, zodIssueReason, type ErrorMessage } from '../errors';

/** The metrics file gives each code point's slice in one byte. */
export const MAX_WEB_FONT_SLICES = 255;
export const FONT_FILES = {
  /** 宋 (Song/Ming) body face. */
  'serif-regular': '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  /** 标宋-like bold serif for headlines. */
  'serif-bold': '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  /** 黑 (Hei) regular. */
  'sans-regular': '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  /** 黑 medium, for run-in heads and 本报讯. */
  'sans-medium': '@expo-google-fonts/noto-sans-sc/500Medium/NotoSansSC_500Medium.ttf',
  /** 黑 bold, for headlines and intertitles. */
  'sans-bold': '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

export type FontFileId = keyof typeof FONT_FILES;
export const FONT_FILE_IDS = Object.keys(FONT_FILES) as FontFileId[];

/** The file name a browser fetches a face under (host: GET /fonts/<id>.ttf). */
export function fontUrlPath(id: FontFileId): string {
  return `fonts/${id}.ttf`;
}

/**
 * The preview's web fonts (electron/fonts/web-fonts): per face a metrics file (what the composer reads) and
 * unicode-range slices (WOFF2, the glyphs drawn), under a hash of their content so a browser may keep them for
 * good. The manifest names the current hash of each face and each slice's unicode-range (so the UI declares its
 * fonts from the manifest alone); it is the one font URL a browser revalidates.
 */
export const WEB_FONT_MANIFEST_PATH = 'fonts/manifest.json';

const UNICODE_RANGE = /^(U\+[0-9A-F]{1,6}(-[0-9A-F]{1,6})?(,U\+[0-9A-F]{1,6}(-[0-9A-F]{1,6})?)*)?$/;

const webFaceSchema = z.object({
  hash: z.string().regex(/^[0-9a-f]{16}$/),
  /** Slice n's CSS unicode-range ('' for a slice with no character). */
  slices: z.array(z.string().max(200_000).regex(UNICODE_RANGE)).min(1).max(MAX_WEB_FONT_SLICES),
});

/** Every bundled face may be listed (one that could not be built is left out); no other key. */
const facesSchema = z.strictObject(Object.fromEntries(FONT_FILE_IDS.map((id) => [id, webFaceSchema.optional()])) as Record<FontFileId, z.ZodOptional<typeof webFaceSchema>>);

export const webFontManifestSchema = z.object({ faces: facesSchema });

export type WebFontManifest = z.infer<typeof webFontManifestSchema>;
export type WebFontManifestFace = z.infer<typeof webFaceSchema>;

/** The manifest from the host's JSON, or the coded reason it is not one (missing, corrupt, from another build). */
export function parseWebFontManifest(json: unknown): { ok: true; manifest: WebFontManifest } | { ok: false; error: ErrorMessage } {
  const parsed = webFontManifestSchema.safeParse(json);
  if (parsed.success) return { ok: true, manifest: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: errorMessage('fonts-manifest-invalid', { field: issue.path.join('.') || '—', why: zodIssueReason(issue) }) };
}

export function metricsUrlPath(id: FontFileId, hash: string): string {
  return `fonts/${id}-${hash}/metrics.bin`;
}

export function sliceUrlPath(id: FontFileId, hash: string, slice: number): string {
  return `fonts/${id}-${hash}/${slice}.woff2`;
}

/** What a web-font URL path (/fonts/…, no key prefix) names, or null: only bundled ids, hex hashes, small slice numbers. */
export function parseWebFontPath(pathname: string): { id: FontFileId; hash: string; file: 'metrics' | number } | null {
  const m = /^\/fonts\/([a-z]+(?:-[a-z]+)*)-([0-9a-f]{16})\/(metrics\.bin|(?:0|[1-9][0-9]{0,2})\.woff2)$/.exec(pathname);
  if (!m || !Object.prototype.hasOwnProperty.call(FONT_FILES, m[1])) return null;
  const file = m[3] === 'metrics.bin' ? 'metrics' : Number.parseInt(m[3], 10);
  if (file !== 'metrics' && file >= MAX_WEB_FONT_SLICES) return null;
  return { id: m[1] as FontFileId, hash: m[2], file };
}
