/**
 * Line-break prohibition (禁则) by level, per CLReq "Prohibition Rules for Line Start and Line End"
 * <https://www.w3.org/TR/clreq/#prohibition_rules_for_line_start_end>, and the composition settings.
 */
import { C, type CharClass } from './classify';

/** none: no rules (TW/HK papers); basic: CLReq's recommended set; GB: basic + ／ not at line end; strict: GB + ——/…… not at line start. */
export type ProhibitionLevel = 'none' | 'basic' | 'GB' | 'strict';

/** The composition settings every paragraph shares. Defaults: GB, compression on, hanging off (docs/typesetting.md). */
export interface CompositionSettings {
  level: ProhibitionLevel;
  /** Punctuation compression (CLReq §3.1.6): adjacent marks 1.5em, line-end marks ½em, line-start openers trimmed. */
  compression: boolean;
  /** Hanging punctuation: 、，。 may overhang the column by ≤ ½em instead of wrapping. */
  hanging: boolean;
  /** Break Latin words at hyphenation points (with a hyphen glyph); off: a Latin word never splits. */
  hyphenate: boolean;
}

export const DEFAULT_SETTINGS: CompositionSettings = { level: 'GB', compression: true, hanging: false, hyphenate: false };

/**
 * May this class not start a line? Basic: pause/stop marks, closers, interpunct, connectors; plus (as Word's zh-CN
 * kinsoku list and TYPESETTING §5 case 1) ellipsis and number suffixes, and Latin closing punctuation.
 */
export function isNoStart(cls: CharClass, level: ProhibitionLevel): boolean {
  if (level === 'none') return false;
  switch (cls) {
    case C.CLOSE:
    case C.PAUSE:
    case C.STOP:
    case C.MIDDLE:
    case C.CONNECTOR:
    case C.SUFFIX:
    case C.HALF_CLOSE:
    case C.ELLIPSIS:
      return true;
    case C.DASH:
      return level === 'strict';
    default:
      return false;
  }
}

/** May this class not end a line? Openers and number prefixes; at GB and strict also the solidus. */
export function isNoEnd(cls: CharClass, level: ProhibitionLevel): boolean {
  if (level === 'none') return false;
  if (cls === C.OPEN || cls === C.HALF_OPEN || cls === C.PREFIX) return true;
  return cls === C.SOLIDUS && (level === 'GB' || level === 'strict');
}
