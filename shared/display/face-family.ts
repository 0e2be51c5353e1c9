/**
 * The CSS font-family under which a screen drawer (the SVG preview, the evidence renders) registers and draws a
 * face id of the display list: one name everywhere, so every screen output draws the bytes the composer measured.
 */
export function faceFamily(faceId: string): string {
  return `folio-face-${faceId}`;
}
