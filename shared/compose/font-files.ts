/**
 * The bundled font files (OFL, from npm — never from the OS). One table names them for every consumer:
 * the Node loader (electron/services), the browser host (served as web fonts) and the PDF export (embedded).
 * Paths are package-relative so they resolve in node_modules and in a packaged app alike.
 */
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
 * unicode-range slices (the glyphs drawn), under a hash of their content so a browser may keep them for good.
 * The manifest names the current hash of each face; it is the one font URL a browser revalidates.
 */
export const WEB_FONT_MANIFEST_PATH = 'fonts/manifest.json';

/** The manifest: each bundled face's content hash (16 hex digits). */
export interface WebFontManifest {
  faces: Partial<Record<FontFileId, string>>;
}

export function metricsUrlPath(id: FontFileId, hash: string): string {
  return `fonts/${id}-${hash}/metrics.bin`;
}

export function sliceUrlPath(id: FontFileId, hash: string, slice: number): string {
  return `fonts/${id}-${hash}/${slice}.ttf`;
}

/** What a web-font URL path (/fonts/…, no key prefix) names, or null: only bundled ids, hex hashes, small slice numbers. */
export function parseWebFontPath(pathname: string): { id: FontFileId; hash: string; file: 'metrics' | number } | null {
  const m = /^\/fonts\/([a-z]+(?:-[a-z]+)*)-([0-9a-f]{16})\/(metrics\.bin|(?:0|[1-9][0-9]{0,2})\.ttf)$/.exec(pathname);
  if (!m || !Object.prototype.hasOwnProperty.call(FONT_FILES, m[1])) return null;
  return { id: m[1] as FontFileId, hash: m[2], file: m[3] === 'metrics.bin' ? 'metrics' : Number.parseInt(m[3], 10) };
}
