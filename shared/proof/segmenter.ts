/**
 * Word boundaries for the word-level checks. shared/ stays pure, so the checks see only this small interface;
 * the default is ICU's dictionary segmenter through Intl.Segmenter (built into Node 20 and Chromium), and a
 * test or another host may inject its own.
 */
export interface WordSegmenter {
  /**
   * The word boundaries of `text` as UTF-16 offsets, ascending, including 0 and text.length. Only the
   * boundaries matter: a finding must start and end on one, so a wrong form that straddles two correct words
   * (公布|署名 holds 布署) is never reported.
   */
  boundaries(text: string): readonly number[];
}

/** ICU's word segmenter for Chinese (a dictionary of Chinese words; Latin and digits by UAX #29). */
export function intlWordSegmenter(): WordSegmenter {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return {
    boundaries(text) {
      const out: number[] = [];
      for (const s of segmenter.segment(text)) out.push(s.index);
      out.push(text.length);
      return out;
    },
  };
}

let shared: WordSegmenter | undefined;

/** One ICU segmenter per process (creating one costs far more than a segmentation). */
export function defaultWordSegmenter(): WordSegmenter {
  shared ??= intlWordSegmenter();
  return shared;
}
