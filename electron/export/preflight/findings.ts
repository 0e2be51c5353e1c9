/**
 * Preflight findings (出版前检查): what blocks plate output (errors) and what must be acknowledged first
 * (warnings, logged). Codes are stable identifiers for logs and acknowledgments; messages are plain zh-CN.
 */

export const PREFLIGHT_ERROR_CODES = [
  /** Text that does not fit its module (超字). */
  'overset',
  /** Placeholder copy left in a module: XXX, 此处插入…, 请输入…, lorem ipsum, a bare 标题. */
  'placeholder-text',
  /** A story module with no text (or no story, or a story missing from the desk). */
  'empty-story',
  /** Characters the fonts lack: they would print as tofu (□). */
  'missing-glyphs',
  /** A picture below the minimum resolution at its placed size (default 150 ppi). */
  'image-resolution',
  /** RGB content (a picture not converted to CMYK). */
  'rgb-content',
  /** Total ink (C+M+Y+K) above the limit inside the bleed box. */
  'ink-limit',
  /** The paper requires sign-off (签付) and the page is not approved. */
  'not-signed-off',
] as const;

export const PREFLIGHT_WARNING_CODES = [
  /** A picture below the recommended resolution (default 200 ppi). */
  'image-resolution-low',
  /** Text under 12 pt printed in more than one ink: misregisters on newsprint. */
  'small-text-multi-ink',
  /** A rule thinner than 0.1 mm. */
  'thin-line',
  /** Modules overlapping on the page. */
  'module-overlap',
  /** A story still open for editing (locked) elsewhere: it may have unsaved changes. */
  'story-locked',
] as const;

export type PreflightErrorCode = (typeof PREFLIGHT_ERROR_CODES)[number];
export type PreflightWarningCode = (typeof PREFLIGHT_WARNING_CODES)[number];
export type PreflightCode = PreflightErrorCode | PreflightWarningCode;

export interface PreflightFinding {
  code: PreflightCode;
  severity: 'error' | 'warning';
  /** Plain zh-CN: what is wrong, where, what to do. */
  message: string;
  /** The module concerned, when there is one. */
  module?: string;
  /** 第N版. */
  page: number;
}

/** One page's result, errors and warnings apart (the CLI and the API print exactly this shape). */
export interface PagePreflight {
  page: number;
  pageId: string;
  errors: PreflightFinding[];
  warnings: PreflightFinding[];
}

/** The paper's print rules; defaults follow newspaper coldset practice (docs/print.md §1). */
export interface PreflightSettings {
  /** Total area coverage limit, % (coldset 240). */
  inkLimitPct: number;
  /** Pages must be 已签付 before plates are made. */
  requireSignOff: boolean;
  /** Below this a picture is an error, ppi. */
  minImagePpi: number;
  /** Below this a picture is a warning, ppi. */
  warnImagePpi: number;
  /** Text smaller than this must be one ink, pt. */
  smallTextPt: number;
  /** Rules thinner than this are flagged, mm. */
  minLineMm: number;
}

export const DEFAULT_PREFLIGHT_SETTINGS: PreflightSettings = {
  inkLimitPct: 240,
  requireSignOff: false,
  minImagePpi: 150,
  warnImagePpi: 200,
  smallTextPt: 12,
  minLineMm: 0.1,
};

export function isErrorCode(code: string): code is PreflightErrorCode {
  return (PREFLIGHT_ERROR_CODES as readonly string[]).includes(code);
}

/** Split findings into a page result. */
export function pageResult(page: number, pageId: string, findings: readonly PreflightFinding[]): PagePreflight {
  return {
    page,
    pageId,
    errors: findings.filter((f) => f.severity === 'error'),
    warnings: findings.filter((f) => f.severity === 'warning'),
  };
}
