/**
 * 备份: the desk's backups, newest first, with 立即备份 and 从备份恢复 (takes effect after restarting Folio), and
 * 重建搜索索引. Backup and rebuild run as jobs: the status bar's jobs cell shows their progress and cancels them.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../shared/api/contract-workflow';
import { invoke } from '../api/client';

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function BackupPanel() {
  const { t } = useTranslation();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [running, setRunning] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const refresh = useCallback(async () => {
    const result = await invoke('backup.list', {});
    if (result.ok) setBackups(result.value);
    else setNotice({ kind: 'error', text: result.error.message });
  }, []);
  useEffect(() => void refresh(), [refresh]);

  const backUpNow = async () => {
    setRunning(true);
    const result = await invoke('backup.create', {});
    setRunning(false);
    setNotice(result.ok ? { kind: 'ok', text: t('plan.backup.created', { file: result.value.file }) } : { kind: 'error', text: result.error.message });
    await refresh();
  };

  const rebuildSearch = async () => {
    setRunning(true);
    const result = await invoke('search.rebuild', {});
    setRunning(false);
    setNotice(result.ok ? { kind: 'ok', text: t('plan.backup.rebuilt', { count: result.value.stories }) } : { kind: 'error', text: result.error.message });
  };

  const restore = async (file: string) => {
    if (!window.confirm(t('plan.backup.restoreConfirm', { file }))) return;
    const result = await invoke('backup.restore', { file });
    setNotice(
      result.ok
        ? { kind: 'ok', text: t('plan.backup.restored', { file, previous: result.value.previousDbFile }) }
        : { kind: 'error', text: result.error.message },
    );
  };

  return (
    <section className="plan-backup" data-testid="backup-panel">
      <header className="plan-subhead">
        <h3>{t('plan.backup.title')}</h3>
        <button type="button" className="btn" data-testid="backup-now" disabled={running} onClick={() => void backUpNow()}>
          {running ? t('plan.backup.running') : t('plan.backup.now')}
        </button>
        <button type="button" className="btn" data-testid="search-rebuild" disabled={running} onClick={() => void rebuildSearch()}>
          {t('plan.backup.rebuildSearch')}
        </button>
      </header>
      {notice && (
        <div className={`plan-notice ${notice.kind}`} data-testid="backup-notice" data-kind={notice.kind} role="status">
          {notice.text}
        </div>
      )}
      {backups && backups.length === 0 && <div className="muted pad" data-testid="backup-empty">{t('plan.backup.none')}</div>}
      <ul className="backup-list" data-testid="backup-list">
        {backups?.map((b) => (
          <li key={b.file} className="backup-row" data-testid="backup-row" data-file={b.file}>
            <span className="backup-time">{new Date(b.createdAt).toLocaleString('zh-CN', { hour12: false })}</span>
            <span className="muted backup-size">{formatSize(b.sizeBytes)}</span>
            <span className="muted backup-file" title={b.file}>{b.file}</span>
            <button type="button" className="link-btn" data-testid="backup-restore" onClick={() => void restore(b.file)}>
              {t('plan.backup.restore')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
