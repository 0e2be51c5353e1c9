/** The bottom line: save state (with the error in plain words and a retry), and the live 字数. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CharCount } from '../../shared/model';
import { BLOCKING_CODES, type SaveState } from '../editor/story-saver';
import { formatClock, formatCount } from '../common/format';
import { useObservable, type Observable } from '../common/observable';
// 导出队列 n/m
import { ExportQueueStatus } from '../export/export-status';
// 后台任务: every long job with progress and cancel
import { JobsCell } from '../jobs/jobs-cell';

export interface StatusBarProps {
  saveState: Observable<SaveState | null>;
  counts: Observable<CharCount | null>;
  onRetry: () => void;
  /** A long task running now (e.g. "正在导入 2/4 个文件…"), shown with its cancel. */
  task?: { label: string; onCancel: () => void } | null;
  /** The newsroom connection cell (单机 / 在线 / 离线 …). */
  newsroom?: ReactNode;
}

export function StatusBar({ saveState, counts, onRetry, task, newsroom }: StatusBarProps) {
  const { t } = useTranslation();
  return (
    <footer className="status-bar" data-testid="status-bar">
      <SaveStatus source={saveState} onRetry={onRetry} />
      <CountStatus source={counts} />
      <ExportQueueStatus />
      <JobsCell />
      {newsroom}
      {task && (
        <span className="status-cell" data-testid="status-task">
          {task.label}
          <button type="button" className="link-btn" onClick={task.onCancel}>{t('common.cancel')}</button>
        </span>
      )}
    </footer>
  );
}

function SaveStatus({ source, onRetry }: { source: Observable<SaveState | null>; onRetry: () => void }) {
  const { t } = useTranslation();
  const state = useObservable(source);
  if (!state) return <span className="status-cell empty" data-testid="save-status" data-state="none" />;
  let text: string;
  switch (state.kind) {
    case 'saved':
      text = state.at ? t('save.saved', { time: formatClock(state.at) }) : t('save.savedNever');
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'dirty':
      text = t('save.dirty');
      break;
    case 'error':
      // A refusal the user must act on is explained in the notice above the editor; here it is named briefly.
      text = state.code && BLOCKING_CODES.includes(state.code) ? t(`save.blocked.${state.code}`) : t('save.failed', { message: state.message });
      break;
  }
  const blocked = state.kind === 'error' && !!state.code && BLOCKING_CODES.includes(state.code);
  return (
    <span
      className={`status-cell save-${state.kind}`}
      data-testid="save-status"
      data-state={state.kind}
      data-code={state.kind === 'error' ? (state.code ?? '') : undefined}
      title={state.kind === 'error' ? state.message : undefined}
      role="status"
    >
      <span className="save-dot" />
      <span className="status-text">{text}</span>
      {state.kind === 'error' && !blocked && (
        <button type="button" className="link-btn" data-testid="save-retry" onClick={onRetry}>
          {t('save.retry')}
        </button>
      )}
    </span>
  );
}

function CountStatus({ source }: { source: Observable<CharCount | null> }) {
  const { t } = useTranslation();
  const count = useObservable(source);
  if (!count) return null;
  return (
    <span className="status-cell" data-testid="char-count" data-chars={count.chars} data-han={count.hanChars}>
      {t('count.label', { chars: formatCount(count.chars), han: formatCount(count.hanChars) })}
    </span>
  );
}
