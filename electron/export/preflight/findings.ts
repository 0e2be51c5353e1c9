/**
 * Preflight findings (出版前检查): what blocks plate output (errors) and what must be acknowledged first
 * (warnings, logged). Codes are stable identifiers for logs and acknowledgments; each finding's words are a coded
 * message (shared/errors), said in the user's language by the renderer and the CLI. Each code has a default
 * severity (the two lists below); the paper may raise, lower or switch off any code (`severity` setting).
 */
import type { ErrorMessage } from '../../../shared/errors';

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
  /** A picture frame with no picture: it prints a grey box with 图片 on the K plate. */
  'empty-frame',
  /** A page without its 报头 (page 1) or 报眉 (the other pages), or without its 责编行. */
  'missing-furniture',
  /** A story marked for this page (安排在本版) but placed on no page: the page would print without it. */
  'planned-story-missing',
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
  /** A large part of the type area that no module covers: the page prints with a hole. */
  'empty-area',
] as const;

export type PreflightErrorCode = (typeof PREFLIGHT_ERROR_CODES)[number];
export type PreflightWarningCode = (typeof PREFLIGHT_WARNING_CODES)[number];
export type PreflightCode = PreflightErrorCode | PreflightWarningCode;

export interface PreflightFinding {
  code: PreflightCode;
  severity: 'error' | 'warning';
  /** What is wrong, where, what to do: a coded message (shared/errors) the UI and the CLI say in their language. */
  text: ErrorMessage;
  /** The same words in zh-CN, for the export log. */
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
  /** An empty area of the grid at least this share of it is flagged, % (a half-empty page, not a short story). */
  emptyAreaPct: number;
  /** The paper's own severity for a code, over its default; 'off' drops the check. */
  severity: Partial<Record<PreflightCode, PreflightSeverity>>;
}

export type PreflightSeverity = 'error' | 'warning' | 'off';

export const DEFAULT_PREFLIGHT_SETTINGS: PreflightSettings = {
  inkLimitPct: 240,
  requireSignOff: false,
  minImagePpi: 150,
  warnImagePpi: 200,
  smallTextPt: 12,
  minLineMm: 0.1,
  emptyAreaPct: 3,
  severity: {},
};

export const PREFLIGHT_CODES: readonly PreflightCode[] = [...PREFLIGHT_ERROR_CODES, ...PREFLIGHT_WARNING_CODES];

/** A code's severity for this paper: its own setting, else the default of its list. */
export function severityOf(code: PreflightCode, settings: Pick<PreflightSettings, 'severity'>): PreflightSeverity {
  return settings.severity[code] ?? (isErrorCode(code) ? 'error' : 'warning');
}

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
