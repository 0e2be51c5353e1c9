/**
 * 分色预览: the page's C/M/Y/K separations from the same PDF + Ghostscript rendering as the plates
 * (export.separationPreview), each ink toggled on/off and printed in its own colour over the paper (CSS
 * multiply), plus the total-ink heat map and the worst total ink inside the bleed box.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../shared/api/contract';
import type { Issue } from '../../shared/model';
import { invoke } from '../api/client';

const INKS = ['C', 'M', 'Y', 'K'] as const;
type Ink = (typeof INKS)[number];
/** The preview's width on screen: the whole page at a glance beside the controls. */
const STAGE_WIDTH_PX = 520;
const INK_CLASS: Record<Ink, string> = { C: 'ink-c', M: 'ink-m', Y: 'ink-y', K: 'ink-k' };

export function SeparationPreview({ issue }: { issue: Issue }) {
  const { t } = useTranslation();
  const [pageId, setPageId] = useState<string>(issue.pages[0]?.id ?? '');
  const [preview, setPreview] = useState<Result<'export.separationPreview'> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<Record<Ink, boolean>>({ C: true, M: true, Y: true, K: true });
  const [heat, setHeat] = useState(false);

  const load = async () => {
    setLoading(true);
    setError(null);
    const reply = await invoke('export.separationPreview', { pageId });
    setLoading(false);
    if (!reply.ok) return setError(reply.error.message);
    setPreview(reply.value);
  };

  return (
    <section className="export-section" data-testid="separation-preview">
      <div className="export-row">
        <label>{t('export.separations.page')}{' '}
          <select data-testid="sep-page" value={pageId} onChange={(e) => setPageId(e.target.value)}>
            {issue.pages.map((p) => <option key={p.id} value={p.id}>{t('export.preflight.page', { n: p.number })}{p.section ? ` ${p.section}` : ''}</option>)}
          </select>
        </label>
        <button type="button" className="btn primary" data-testid="sep-show" disabled={loading || !pageId} onClick={() => void load()}>
          {loading ? t('export.separations.loading') : t('export.separations.show')}
        </button>
      </div>
      {error && <div className="notice error" role="alert" data-testid="sep-error">{error}</div>}
      {preview && (
        <>
          <div className="export-row">
            {INKS.map((ink) => (
              <label key={ink} className={`ink-toggle ${INK_CLASS[ink]}`}>
                <input type="checkbox" data-testid={`sep-ink-${ink}`} checked={shown[ink]} onChange={(e) => setShown({ ...shown, [ink]: e.target.checked })} />
                {t(`export.separations.inks.${ink}`)} <span className="muted small">{(preview.plates[ink].coverage * 100).toFixed(1)}%</span>
              </label>
            ))}
            <label className="ink-toggle">
              <input type="checkbox" data-testid="sep-heat-toggle" checked={heat} onChange={(e) => setHeat(e.target.checked)} /> {t('export.separations.heat')}
            </label>
          </div>
          <div className="export-row">
            <strong data-testid="sep-max-ink" data-pct={preview.maxTotalInkPct} className={preview.maxTotalInkPct > 240 ? 'danger-text' : ''}>
              {t('export.separations.maxInk', { pct: preview.maxTotalInkPct })}
            </strong>
            <span className="muted small">{t('export.separations.legend')}</span>
          </div>
          <div className="sep-stage" style={{ width: STAGE_WIDTH_PX, height: Math.round((STAGE_WIDTH_PX * preview.heightPx) / preview.widthPx) }} data-testid="sep-stage" data-shown={INKS.filter((i) => shown[i]).join('')}>
            {INKS.filter((ink) => shown[ink]).map((ink) => (
              <div key={ink} className={`sep-layer ${INK_CLASS[ink]}`} data-testid="sep-layer" data-ink={ink}>
                <img alt={ink} src={`data:image/png;base64,${preview.plates[ink].pngBase64}`} width={preview.widthPx} height={preview.heightPx} />
              </div>
            ))}
            {heat && <img className="sep-heat" data-testid="sep-heat" alt="" src={`data:image/png;base64,${preview.heatMapPngBase64}`} width={preview.widthPx} height={preview.heightPx} />}
          </div>
        </>
      )}
    </section>
  );
}
