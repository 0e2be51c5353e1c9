/**
 * 属性 for the page view: the page's 版名 and people (责任编辑/版式/校对, printed in the credit line), and the
 * selected module's settings: 栏 span, 破栏 body columns, headline size in 号, border. Each change is a layout
 * edit (undoable) or a page update.
 */
import { ModuleBoxEditor } from './module-box-editor';
import { ModuleWrapEditor } from './module-wrap-editor';
import { ModuleShapeEditor } from './module-shape-editor';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FURNITURE_LABELS, type ModuleView, type PageView } from '../../shared/model';
import { HAO_PT, ptToHao, type Hao } from '../../shared/units';
import type { ModuleChange } from './layout-history';
// a picture module's picture and ppi.
import type { PageLayout } from '../../shared/compose/page-types';
import { ModulePicturePanel } from '../pictures/module-picture-panel';
import { ContinuesToSelect } from './continues-to-select';
import { PlannedStories } from './planned-stories';

const HEADLINE_HAO: Hao[] = ['初号', '小初', '一号', '小一', '二号', '小二', '三号', '小三', '四号'];
type PeopleField = 'section' | 'editor' | 'layoutBy' | 'proofreader';

function PageField({ field, value, onCommit }: { field: PeopleField; value: string; onCommit: (value: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <label className="field">
      <span>{t(`page.field.${field}`)}</span>
      <input
        data-testid={`page-${field}`}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft !== value && onCommit(draft)}
        onKeyDown={(e) => e.key === 'Enter' && !e.nativeEvent.isComposing && (e.currentTarget as HTMLInputElement).blur()}
      />
    </label>
  );
}

function JumpHeadField({ module: m, onCommit }: { module: ModuleView; onCommit(value: string): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(m.jumpHead ?? '');
  useEffect(() => setDraft(m.jumpHead ?? ''), [m.jumpHead]);
  const commit = () => draft.trim() !== (m.jumpHead ?? '') && onCommit(draft.trim());
  return (
    <label className="field" title={t('page.jumpHeadHint')}>
      <span>{t('page.jumpHead')}</span>
      <input data-testid="module-jump-head" value={draft} maxLength={40} onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
    </label>
  );
}

export interface PageInspectorProps {
  view: PageView | null;
  module: ModuleView | null;
  /** The other pages (for 转至 across pages); none: this page only. */
  otherPages?: readonly PageView[];
  /** The composed page: where a picture module's image slot is (for its effective ppi). */
  layout?: PageLayout | null;
  onPage(patch: Partial<Record<PeopleField, string>>): void;
  onModule(module: ModuleView, change: ModuleChange): void;
  onRemove(module: ModuleView): void;
  /** 下转 to a page without the story: placed there in its free space and continued (modules.continueOnPage). */
  onContinueOnPage?(module: ModuleView, pageId: string): void;
}

export function PageInspector({ view, module: m, otherPages, layout, onPage, onModule, onRemove, onContinueOnPage }: PageInspectorProps) {
  const { t } = useTranslation();
  if (!view) {
    return (
      <aside className="inspector" data-testid="page-inspector">
        <header className="pane-head"><h2>{t('inspector.title')}</h2></header>
        <p className="muted pad">{t('page.noPage')}</p>
      </aside>
    );
  }
  const page = view.page;
  const headHao = m?.headline.headlineSizePt ? ptToHao(m.headline.headlineSizePt) : undefined;
  return (
    <aside className="inspector" data-testid="page-inspector">
      <header className="pane-head"><h2>{t('page.pageTitle', { n: page.number })}</h2></header>
      <div className="pad fields">
        {(['section', 'editor', 'layoutBy', 'proofreader'] as const).map((field) => (
          <PageField key={field} field={field} value={page[field]} onCommit={(value) => onPage({ [field]: value })} />
        ))}
        <PlannedStories pageId={page.id} placementKey={view.modules.map((x) => x.storyId ?? '').join(',')} />
      </div>
      <header className="pane-head sub"><h3>{t('page.moduleTitle')}</h3></header>
      {!m ? (
        <p className="muted pad">{t('page.noModule')}</p>
      ) : (
        <div className="pad fields" data-testid="module-inspector" data-module-id={m.id}>
          <div className="field-line" data-testid="module-label">
            {m.story?.title || (m.furniture ? FURNITURE_LABELS[m.furniture] : t('page.picture'))}
          </div>
          <div className="field-line muted" data-testid="module-place">
            {t('page.place', { column: m.column + 1, span: m.columnSpan, line: m.topLine + 1, lines: m.heightLines })}
          </div>
          {/* the picture, its ppi at the placed size, 选择图片 (renderer/pictures) */}
          {m.kind === 'image' && <ModulePicturePanel module={m} layout={layout} onAssign={(assetId) => onModule(m, { picture: { assetId, crop: null } })} onCrop={(crop) => onModule(m, { picture: { crop } })} />}
          <label className="field">
            <span>{t('page.field.columnSpan')}</span>
            <input type="number" min={1} max={page.template.grid.columnCount} data-testid="module-span" value={m.columnSpan}
              onChange={(e) => onModule(m, { columnSpan: Number(e.target.value) })} />
          </label>
          {m.kind === 'story' && (
            <label className="field">
              <span>{t('page.field.bodyColumns')}</span>
              <input type="number" min={1} max={40} data-testid="module-body-columns" value={m.bodyColumns}
                onChange={(e) => onModule(m, { bodyColumns: Number(e.target.value) })} />
            </label>
          )}
          {m.kind !== 'furniture' && (
            <label className="field">
              <span>{t('page.field.headlineSize')}</span>
              <select data-testid="module-headline-size" value={headHao ?? ''}
                onChange={(e) => onModule(m, { headline: { headlineSizePt: e.target.value ? HAO_PT[e.target.value as Hao] : null } })}>
                <option value="">{t('page.defaultSize')}</option>
                {HEADLINE_HAO.map((hao) => <option key={hao} value={hao}>{hao}</option>)}
              </select>
            </label>
          )}
          <label className="field">
            <span>{t('page.field.border')}</span>
            <select data-testid="module-border" value={m.border} onChange={(e) => onModule(m, { border: e.target.value as ModuleView['border'] })}>
              {(['none', 'box', 'rule'] as const).map((b) => <option key={b} value={b}>{t(`page.border.${b}`)}</option>)}
            </select>
          </label>
          <ModuleBoxEditor module={m} onModule={onModule} />
          <ModuleWrapEditor module={m} onModule={onModule} />
          <ModuleShapeEditor module={m} onModule={onModule} />
          {/* same-story modules on any page of the issue */}
          {m.kind === 'story' && (
            <ContinuesToSelect view={view} otherPages={otherPages ?? []} module={m} onChange={(continuesTo) => onModule(m, { continuesTo })}
              onContinueOnPage={onContinueOnPage && ((pageId) => onContinueOnPage(m, pageId))} />
          )}
          {/* 转版标题: only a continuation from another page prints it */}
          {m.kind === 'story' && m.continuesFrom && !view.modules.some((o) => o.id === m.continuesFrom) && <JumpHeadField module={m} onCommit={(jumpHead) => onModule(m, { jumpHead: jumpHead || null })} />}
          <button type="button" className="btn small" data-testid="module-remove" onClick={() => onRemove(m)}>{t('page.remove')}</button>
        </div>
      )}
    </aside>
  );
}
