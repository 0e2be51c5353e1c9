/**
 * What a page-plan conflict says to layout staff, as i18n keys with params (pure: the view translates): where it
 * is (第N版 and which module or field), why the server did not apply this desk's change, and the three states —
 * the base this desk started from, the server's, and mine — each as one short line.
 */
import type { PlanConflict } from '../../shared/newsroom/page-plan';

export interface Phrase {
  key: string;
  params?: Record<string, string | number>;
}

/** What the page view knows of a page (absent: this desk no longer has it). */
export interface PageLabel {
  number: number;
  section: string;
}

export interface PlanConflictText {
  where: Phrase;
  what: Phrase;
  reason: Phrase;
  base: Phrase;
  theirs: Phrase;
  mine: Phrase;
  /** 'mine' cannot win over a 签发 page: only 'theirs' is offered. */
  mayKeepMine: boolean;
}

const ISSUE_FIELDS = new Set(['paperName', 'publisher', 'date', 'issueNumber', 'serialNumber', 'registration']);
const PAGE_FIELDS = new Set(['number', 'section', 'status', 'template', 'editor', 'layoutBy', 'proofreader', 'issueId']);

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function pageLabelOf(value: unknown): PageLabel | null {
  if (!isRec(value)) return null;
  const number = num(value.number);
  return number === null ? null : { number, section: typeof value.section === 'string' ? value.section : '' };
}

function pagePhrase(page: PageLabel | null): Phrase {
  if (page === null) return { key: 'newsroom.plan.pageUnknown' };
  return page.section ? { key: 'newsroom.plan.pageNamed', params: { n: page.number, section: page.section } } : { key: 'newsroom.plan.page', params: { n: page.number } };
}

function moduleValue(value: unknown): Phrase {
  if (!isRec(value)) return { key: 'newsroom.plan.value.removed' };
  const column = num(value.column) ?? 0;
  const span = num(value.columnSpan) ?? 0;
  const top = num(value.topLine) ?? 0;
  const height = num(value.heightLines) ?? 0;
  return { key: 'newsroom.plan.value.module', params: { from: column + 1, to: column + span, top: top + 1, bottom: top + height } };
}

function fieldValue(field: string, value: unknown): Phrase {
  if (value === null || value === undefined) return { key: 'newsroom.plan.value.none' };
  if (field === 'number' && num(value) !== null) return { key: 'newsroom.plan.page', params: { n: num(value)! } };
  if (field === 'status' && typeof value === 'string') return { key: `newsroom.plan.status.${value}` };
  if (field === 'template' && isRec(value)) return { key: 'newsroom.plan.value.template', params: { preset: String(value.preset ?? '') } };
  if (typeof value === 'string') return value === '' ? { key: 'newsroom.plan.value.empty' } : { key: 'newsroom.plan.value.text', params: { text: value } };
  return { key: 'newsroom.plan.value.text', params: { text: typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value) } };
}

function wholePageValue(value: unknown): Phrase {
  const page = pageLabelOf(value);
  return page === null ? { key: 'newsroom.plan.value.removed' } : pagePhrase(page);
}

/**
 * The conflict in words. `page` is the page as this desk shows it now (for a module or a page field); without it
 * the page's own states in the conflict name it.
 */
export function describePlanConflict(c: PlanConflict, page: PageLabel | null): PlanConflictText {
  const shownPage = page ?? pageLabelOf(c.theirs) ?? pageLabelOf(c.mine) ?? pageLabelOf(c.base);
  const where: Phrase = c.entity === 'issue' ? { key: 'newsroom.plan.issue' } : pagePhrase(c.entity === 'page' || c.pageId !== null ? shownPage : null);
  let what: Phrase;
  let value: (v: unknown) => Phrase;
  if (c.entity === 'module') {
    const kindSource = [c.mine, c.theirs, c.base].find(isRec);
    const kind = typeof kindSource?.kind === 'string' ? kindSource.kind : 'story';
    what = { key: `newsroom.plan.module.${kind}` };
    value = moduleValue;
  } else if (c.field !== null) {
    const known = c.entity === 'issue' ? ISSUE_FIELDS.has(c.field) : PAGE_FIELDS.has(c.field);
    what = known ? { key: `newsroom.plan.field.${c.field}` } : { key: 'newsroom.plan.value.text', params: { text: c.field } };
    value = (v) => fieldValue(c.field!, v);
  } else {
    what = { key: 'newsroom.plan.wholePage' };
    value = wholePageValue;
  }
  return {
    where,
    what,
    reason: { key: `newsroom.plan.reason.${c.reason}` },
    base: c.base === undefined || (c.base === null && c.entity !== 'module' && c.field === null) ? { key: 'newsroom.plan.value.none' } : value(c.base),
    theirs: value(c.theirs),
    mine: value(c.mine),
    mayKeepMine: c.reason !== 'approved',
  };
}
