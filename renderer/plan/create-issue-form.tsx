/**
 * 新建一期: paper name, date, 第N期, 总第N期, page count, the preset (对开/四开) and the 版式模板 for page 1 (头版模板)
 * and the other pages (内页模板), each defaulting to the house template; refusals show their message.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateIssueInput, Issue, PageMaster } from '../../shared/model';

export interface CreateIssueFormProps {
  /** Defaults from the newest issue: same paper, the next numbers. */
  latest: Issue | null;
  /** The paper's 版式模板 (masters.list), offered for page 1 and for the other pages. */
  masters: readonly PageMaster[];
  onCreate(input: CreateIssueInput): Promise<boolean>;
  onCancel(): void;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function CreateIssueForm({ latest, masters, onCreate, onCancel }: CreateIssueFormProps) {
  const { t } = useTranslation();
  const [paperName, setPaperName] = useState(latest?.paperName ?? '');
  const [date, setDate] = useState(today());
  const [issueNumber, setIssueNumber] = useState(String((latest?.issueNumber ?? 0) + 1));
  const [serialNumber, setSerialNumber] = useState(latest?.serialNumber ? String(latest.serialNumber + 1) : '');
  const [pageCount, setPageCount] = useState('4');
  const [preset, setPreset] = useState<'broadsheet' | 'tabloid'>('broadsheet');
  const [frontMasterId, setFrontMasterId] = useState('');
  const [innerMasterId, setInnerMasterId] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const ok = await onCreate({
      paperName: paperName.trim(),
      publisher: latest?.publisher ?? '',
      registration: latest?.registration ?? '',
      date,
      issueNumber: Number(issueNumber),
      serialNumber: serialNumber.trim() ? Number(serialNumber) : null,
      pageCount: Number(pageCount),
      preset,
      // Every page starts with its furniture: 报头 on page 1, 报眉 on the others, the 责编行 on all.
      furnish: true,
      ...(frontMasterId ? { frontMasterId } : {}),
      ...(innerMasterId ? { innerMasterId } : {}),
    });
    setBusy(false);
    if (ok) onCancel();
  };

  return (
    <form className="plan-create" data-testid="issue-create-form" onSubmit={(e) => void submit(e)}>
      <label>{t('plan.create.paperName')}<input data-testid="issue-paper" value={paperName} required maxLength={40} onChange={(e) => setPaperName(e.target.value)} /></label>
      <label>{t('plan.create.date')}<input data-testid="issue-date" type="date" value={date} required onChange={(e) => setDate(e.target.value)} /></label>
      <label>{t('plan.create.issueNumber')}<input data-testid="issue-number" type="number" min={1} value={issueNumber} required onChange={(e) => setIssueNumber(e.target.value)} /></label>
      <label>{t('plan.create.serialNumber')}<input data-testid="issue-serial" type="number" min={1} value={serialNumber} onChange={(e) => setSerialNumber(e.target.value)} /></label>
      <label>{t('plan.create.pageCount')}<input data-testid="issue-pages" type="number" min={1} max={64} value={pageCount} required onChange={(e) => setPageCount(e.target.value)} /></label>
      <label>{t('plan.create.preset')}
        <select data-testid="issue-preset" value={preset} onChange={(e) => setPreset(e.target.value as 'broadsheet' | 'tabloid')}>
          <option value="broadsheet">{t('plan.create.broadsheet')}</option>
          <option value="tabloid">{t('plan.create.tabloid')}</option>
        </select>
      </label>
      <label>{t('plan.create.frontMaster')}
        <select data-testid="issue-front-master" value={frontMasterId} onChange={(e) => setFrontMasterId(e.target.value)}>
          <option value="">{t('plan.create.houseMaster')}</option>
          {masters.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </select>
      </label>
      <label>{t('plan.create.innerMaster')}
        <select data-testid="issue-inner-master" value={innerMasterId} onChange={(e) => setInnerMasterId(e.target.value)}>
          <option value="">{t('plan.create.houseMaster')}</option>
          {masters.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </select>
      </label>
      <span className="plan-create-actions">
        <button type="submit" className="btn primary" data-testid="issue-create-submit" disabled={busy}>{t('plan.create.submit')}</button>
        <button type="button" className="btn" onClick={onCancel}>{t('plan.create.cancel')}</button>
      </span>
    </form>
  );
}
