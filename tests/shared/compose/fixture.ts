/** The docs/typesetting.md §5 fixture: 9 pt synthetic face (1em Han and full-width marks), 13em = 117 pt column, GB, compression on. */
import {
  composeParagraph,
  DEFAULT_SETTINGS,
  singleFaceBook,
  syntheticFace,
  type CompositionSettings,
  type LineGlyph,
  type SetLine,
} from '../../../shared/compose';
import { lineGlyphs } from '../../../shared/compose';

export const EM = 9;
export const COLUMN = 117;
export const fixtureFonts = singleFaceBook(syntheticFace());

export function setText(text: string, opts: { settings?: Partial<CompositionSettings>; indentEm?: number; widthPt?: number } = {}): SetLine[] {
  return composeParagraph([{ text }], 'paragraph', fixtureFonts, {
    widthPt: opts.widthPt ?? COLUMN,
    bodySizePt: EM,
    settings: { ...DEFAULT_SETTINGS, ...opts.settings },
    indentEm: opts.indentEm,
  }).lines;
}

export const lineText = (l: SetLine) => lineGlyphs(l).map((g) => g.ch).join('');
export const rightEdge = (l: SetLine) => l.xPt + l.widthPt;
/** Space between a glyph's box and the next one's. */
export const gapAfter = (a: LineGlyph, b: LineGlyph) => b.xPt - (a.xPt + a.advancePt);

/** A deterministic pseudo-random corpus of newspaper-like Chinese (Han, marks, numbers, Latin). */
export function corpus(paragraphs: number, seed = 7): string[] {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const han = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
  const marks = ['，', '。', '、', '；', '：', '？', '！', '“', '”', '（', '）', '《', '》', '——', '……', '·', '／'];
  const tokens = ['3.14', '1,000', '2024年', '50%', '¥100', '25℃', 'km', 'ABC', 'Shanghai', '120吨', 'CPU'];
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    let s = '';
    const len = 20 + Math.floor(rnd() * 160);
    while ([...s].length < len) {
      const r = rnd();
      if (r < 0.72) s += han[Math.floor(rnd() * han.length)];
      else if (r < 0.9) {
        const m = marks[Math.floor(rnd() * marks.length)];
        if (m === '“' || m === '（' || m === '《') s += m + han[Math.floor(rnd() * han.length)] + han[Math.floor(rnd() * han.length)] + ({ '“': '”', '（': '）', '《': '》' } as Record<string, string>)[m];
        else s += m;
      } else s += tokens[Math.floor(rnd() * tokens.length)];
    }
    out.push(s + '。');
  }
  return out;
}
