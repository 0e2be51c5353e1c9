/**
 * Where the command line finds the faces' built metrics files (dist/web-fonts), set by its entry before any
 * command runs. A module of its own, importing nothing, so setting it does not load the font code (and fontkit)
 * into commands that never compose.
 */
let dir: string | null = null;

/**
 * Compose from the faces' metrics files under `webFontsDir` (dist/web-fonts, made by `npm run build`) where they
 * are built for the faces as they are now: ~0.3 MB read and decoded instead of a face's tables parsed with fontkit
 * (whose import alone decompresses its Unicode tables), the same glyphs and advances (issue #15: the command
 * line's start). A face without one is parsed as before; null: parse every face.
 */
export function composeFromBuiltMetrics(webFontsDir: string | null): void {
  dir = webFontsDir;
}

export function builtWebFontsDir(): string | null {
  return dir;
}
