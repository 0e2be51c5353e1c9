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
