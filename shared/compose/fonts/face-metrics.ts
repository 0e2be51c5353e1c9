/**
 * Face metrics: the only thing composition needs from a font. Built once per face from the font BYTES (so the
 * same code runs in Node and in the browser, never touching system fonts) and cached per code point.
 */
import * as fontkit from 'fontkit';
import { fontUnitsToPt } from '../../units';

/** One glyph as composition sees it. */
export interface GlyphMetrics {
  glyphId: number;
  /** Horizontal advance in font units. */
  advanceUnits: number;
}

/** A face reduced to what line composition needs. */
export interface FaceMetrics {
  /** Stable face id (a FontFileId for bundled faces), written into the layout output. */
  readonly id: string;
  readonly unitsPerEm: number;
  /** Ideographic em box top above the baseline, font units (OS/2 typo ascender: 880 in Noto CJK). */
  readonly ascent: number;
  /** Em box bottom below the baseline, font units, negative (−120 in Noto CJK). */
  readonly descent: number;
  /** The glyph for a code point, or null when the face lacks it (reported as missing, never dropped). */
  glyph(codePoint: number): GlyphMetrics | null;
  /** glyph(codePoint)'s id, or -1 when the face lacks it: the shaping loop's lookup (no object read). */
  glyphIdOf(codePoint: number): number;
  /** glyph(codePoint)'s advance in font units (0 when the face lacks it); ask glyphIdOf first. */
  advanceUnitsOf(codePoint: number): number;
  /**
   * The vertical form of a character (the face's `vert`/`vrt2` GSUB features: ，→ ︐, （→ ︵ …) and the character
   * the face maps that glyph to (a presentation form, so text outputs draw it); null when it has none.
   */
  verticalForm?(codePoint: number): { glyphId: number; ch: string } | null;
}

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
}
interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  'OS/2'?: { typoAscender?: number; typoDescender?: number };
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): FontkitGlyph;
  characterSet: number[];
  layout(text: string, features: string[]): { glyphs: FontkitGlyph[] };
}

/** Caches lookups: a flat table for the BMP (the hot path), a Map above it. */
class CachedFace implements FaceMetrics {
  private readonly bmpIds = new Int32Array(0x10000).fill(-2);
  private readonly bmpAdvances = new Float32Array(0x10000);
  /** An advance that a Float32Array does not hold exactly was seen: read advances from the glyph objects. */
  private inexact = false;
  private readonly astral = new Map<number, GlyphMetrics | null>();
  private readonly bmpObjects: (GlyphMetrics | undefined)[] = new Array(0x10000);

  constructor(
    readonly id: string,
    readonly unitsPerEm: number,
    readonly ascent: number,
    readonly descent: number,
    private readonly lookup: (cp: number) => GlyphMetrics | null,
    private readonly verticalLookup?: (cp: number) => { glyphId: number; ch: string } | null,
  ) {}

  private readonly vertical = new Map<number, { glyphId: number; ch: string } | null>();

  verticalForm(cp: number): { glyphId: number; ch: string } | null {
    if (!this.verticalLookup) return null;
    if (!this.vertical.has(cp)) this.vertical.set(cp, this.verticalLookup(cp));
    return this.vertical.get(cp) ?? null;
  }

  glyph(cp: number): GlyphMetrics | null {
    if (cp < 0x10000) {
      let id = this.bmpIds[cp];
      if (id === -2) {
        const g = this.lookup(cp);
        id = g ? g.glyphId : -1;
        this.bmpIds[cp] = id;
        if (g) {
          this.bmpAdvances[cp] = g.advanceUnits;
          if (this.bmpAdvances[cp] !== g.advanceUnits) this.inexact = true;
          this.bmpObjects[cp] = g;
        }
      }
      return id < 0 ? null : (this.bmpObjects[cp] as GlyphMetrics);
    }
    if (!this.astral.has(cp)) this.astral.set(cp, this.lookup(cp));
    return this.astral.get(cp) ?? null;
  }

  glyphIdOf(cp: number): number {
    if (cp < 0x10000) {
      const id = this.bmpIds[cp];
      if (id !== -2) return id;
    }
    return this.glyph(cp)?.glyphId ?? -1;
  }

  advanceUnitsOf(cp: number): number {
    if (cp < 0x10000 && !this.inexact) return this.bmpAdvances[cp];
    return this.glyph(cp)?.advanceUnits ?? 0;
  }
}

/** The ideographic em box's top above the baseline at `sizePt` (0.88 em in Noto CJK), from the face itself. */
export function ascentPt(face: Pick<FaceMetrics, 'ascent' | 'unitsPerEm'>, sizePt: number): number {
  return fontUnitsToPt(face.ascent, face.unitsPerEm, sizePt);
}

/** The em box's bottom below the baseline at `sizePt`, positive (0.12 em in Noto CJK). */
export function descentPt(face: Pick<FaceMetrics, 'descent' | 'unitsPerEm'>, sizePt: number): number {
  return fontUnitsToPt(-face.descent, face.unitsPerEm, sizePt);
}

/**
 * A face from plain lookups, cached like every face (the metrics file's faces: shared/compose/fonts/metrics-file).
 */
export function faceFromLookups(
  id: string,
  vertical: { unitsPerEm: number; ascent: number; descent: number },
  glyph: (cp: number) => GlyphMetrics | null,
  verticalForm?: (cp: number) => { glyphId: number; ch: string } | null,
): FaceMetrics {
  return new CachedFace(id, vertical.unitsPerEm, vertical.ascent, vertical.descent, glyph, verticalForm);
}

/** Parse a TrueType/OpenType face from its bytes (fontkit). */
export function faceMetricsFromBytes(id: string, bytes: Uint8Array): FaceMetrics {
  // fontkit accepts a Uint8Array in the browser build and a Buffer in Node; both are Uint8Arrays.
  const font = fontkit.create(bytes) as FontkitFont;
  const os2 = font['OS/2'];
  const ascent = os2?.typoAscender ?? font.ascent;
  const descent = os2?.typoDescender ?? font.descent;
  // Glyph id → the first code point mapped to it, built on the first vertical lookup only.
  let reverse: Map<number, number> | null = null;
  const vertical = (cp: number) => {
    if (!font.hasGlyphForCodePoint(cp)) return null;
    const plain = font.glyphForCodePoint(cp).id;
    const id = font.layout(String.fromCodePoint(cp), ['vert', 'vrt2']).glyphs[0]?.id;
    if (id === undefined || id === plain) return null;
    if (!reverse) {
      reverse = new Map();
      for (const c of font.characterSet) {
        const g = font.glyphForCodePoint(c).id;
        if (!reverse.has(g)) reverse.set(g, c);
      }
    }
    const mapped = reverse.get(id);
    // A vertical glyph no character maps to cannot be drawn as text on screen: keep the upright form.
    return mapped === undefined ? null : { glyphId: id, ch: String.fromCodePoint(mapped) };
  };
  return new CachedFace(
    id,
    font.unitsPerEm,
    ascent,
    descent,
    (cp) => {
      if (!font.hasGlyphForCodePoint(cp)) return null;
      const g = font.glyphForCodePoint(cp);
      return { glyphId: g.id, advanceUnits: g.advanceWidth };
    },
    vertical,
  );
}

/**
 * The docs/typesetting.md §5 fixture face: 1em advances for Han and full-width marks, ½em Latin letters and digits,
 * ¼em space; glyph id = code point. Lacks nothing except U+FFFF-class non-characters and the listed `missing`.
 */
export function syntheticFace(id = 'synthetic', missing: readonly number[] = []): FaceMetrics {
  const lacking = new Set(missing);
  return new CachedFace(id, 1000, 880, -120, (cp) => {
    if (lacking.has(cp) || cp === 0xffff) return null;
    let advanceUnits = 1000;
    if (cp === 0x20) advanceUnits = 250;
    else if (cp < 0x2000 && cp !== 0xb7) advanceUnits = 500;
    else if (cp === 0x2e3a) advanceUnits = 2000;
    return { glyphId: cp, advanceUnits };
  });
}
