/** A finding, as checks report it and as proofreaders see it; and how a suggestion is applied. */
import type { FindingCode, MessageArgs, Severity } from './codes';

/**
 * What one check found in one paragraph. Offsets are UTF-16 code units (JavaScript string indices) into the
 * paragraph's text; `suggestion` replaces exactly text.slice(start, end), so a fix is one click.
 */
export interface LocalFinding {
  code: FindingCode;
  start: number;
  end: number;
  /** Replacement for the range; absent when no safe automatic fix exists (a person must decide). */
  suggestion?: string;
  args: MessageArgs;
}

/** A finding in checked text: offsets into that text, the text found, the message in Chinese. */
export interface Finding {
  code: FindingCode;
  /** UTF-16 code units into the checked text (so an astral character counts 2). */
  start: number;
  end: number;
  /** text.slice(start, end) when the check ran. */
  text: string;
  suggestion?: string;
  /** zh-CN message; formatMessage(code, args, 'en') gives English. */
  message: string;
  severity: Severity;
  args: MessageArgs;
}

/** Where a story finding sits: the block index in StoryContent.blocks, and for figures which text. */
export interface StoryFinding extends Finding {
  block: number;
  /** Figures hold two texts; offsets are into this one. Text blocks have no part (offsets into the runs' text). */
  part?: 'caption' | 'credit';
}

export type ApplyResult = { ok: true; text: string } | { ok: false; reason: 'no-suggestion' | 'stale' };

/**
 * Apply one finding's suggestion to the text it was found in. 'stale' when the text no longer holds the
 * finding's text at its range (it was edited since the check ran).
 */
export function applyFinding(text: string, finding: Pick<Finding, 'start' | 'end' | 'text' | 'suggestion'>): ApplyResult {
  if (finding.suggestion === undefined) return { ok: false, reason: 'no-suggestion' };
  if (text.slice(finding.start, finding.end) !== finding.text) return { ok: false, reason: 'stale' };
  return { ok: true, text: text.slice(0, finding.start) + finding.suggestion + text.slice(finding.end) };
}

/** Apply every suggestion that does not overlap an earlier one (findings from one check of `text`). */
export function applyFindings(text: string, findings: readonly Finding[]): string {
  const fixable = findings.filter((f) => f.suggestion !== undefined).sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const f of fixable) {
    if (f.start < at || text.slice(f.start, f.end) !== f.text) continue;
    out += text.slice(at, f.start) + f.suggestion;
    at = f.end;
  }
  return out + text.slice(at);
}
