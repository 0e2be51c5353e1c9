/**
 * What stands between the user and editing the open story, said above the editor: someone else holds it
 * (take over), someone took it over (read-only, text kept), or a save was refused (conflict, forbidden).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWhen } from '../common/format';
import { useObservable, type Observable } from '../common/observable';
import type { SaveState } from '../editor/story-saver';
import type { LockState } from './lock-session';

export interface StoryNoticesProps {
  lockState: Observable<LockState | null>;
  saveState: Observable<SaveState | null>;
  onTakeOver: () => Promise<void>;
  onCompareConflict: () => void;
  onSaveMine: () => void;
  onSaveAsNew: () => void;
}

export function StoryNotices(props: StoryNoticesProps) {
  const lock = useObservable(props.lockState);
  const save = useObservable(props.saveState);
  const unsaved = save?.kind === 'dirty' || save?.kind === 'error';
  return (
    <>
      {lock && lock.kind !== 'held' && lock.kind !== 'pending' && (
        <LockNotice lock={lock} unsaved={unsaved} onTakeOver={props.onTakeOver} onSaveAsNew={props.onSaveAsNew} />
      )}
      {save?.kind === 'error' && save.code === 'conflict' && (
        <ConflictNotice onCompare={props.onCompareConflict} onSaveMine={props.onSaveMine} onSaveAsNew={props.onSaveAsNew} />
      )}
      {save?.kind === 'error' && save.code === 'forbidden' && <ForbiddenNotice message={save.message} />}
    </>
  );
}

function ConflictNotice({ onCompare, onSaveMine, onSaveAsNew }: { onCompare: () => void; onSaveMine: () => void; onSaveAsNew: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice warn story-notice" data-testid="conflict-notice" role="alert">
      <span className="notice-text">{t('conflict.message')}</span>
      <button type="button" className="btn small" data-testid="conflict-compare" onClick={onCompare}>{t('conflict.compare')}</button>
      <button type="button" className="btn small" data-testid="conflict-save-mine" onClick={onSaveMine}>{t('conflict.saveMine')}</button>
      <button type="button" className="btn small" data-testid="conflict-save-new" onClick={onSaveAsNew}>{t('lock.saveAsNew')}</button>
    </div>
  );
}

function ForbiddenNotice({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice error story-notice" data-testid="forbidden-notice" role="alert">
      {t('conflict.forbidden', { message })}
    </div>
  );
}

interface LockNoticeProps {
  lock: Exclude<LockState, { kind: 'held' } | { kind: 'pending' }>;
  unsaved: boolean;
  onTakeOver: () => Promise<void>;
  onSaveAsNew: () => void;
}

function LockNotice({ lock, unsaved, onTakeOver, onSaveAsNew }: LockNoticeProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  let text: string;
  if (lock.kind === 'error') text = t('lock.error', { message: lock.message });
  else {
    const who = { holder: lock.lock.holder || t('workflow.anonymous'), role: t(`role.${lock.lock.role}`), since: formatWhen(lock.lock.since) };
    text =
      lock.kind === 'locked'
        ? t('lock.heldBy', who)
        : lock.kind === 'free'
          ? t('lock.free', who)
          : t(unsaved ? 'lock.lostUnsaved' : 'lock.lost', who);
  }
  const takeOver = async () => {
    setBusy(true);
    try {
      await onTakeOver();
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <div className="notice lock-notice story-notice" data-testid="lock-notice" data-kind={lock.kind} role="status">
      <span className="lock-icon" aria-hidden>🔒</span>
      <span className="notice-text" data-testid="lock-text">{text}</span>
      {lock.kind === 'lost' && unsaved && (
        <button type="button" className="btn small" data-testid="lock-save-new" onClick={onSaveAsNew}>{t('lock.saveAsNew')}</button>
      )}
      {lock.kind === 'free' ? (
        <button type="button" className="btn small primary" data-testid="start-editing" disabled={busy} onClick={() => void takeOver()}>
          {t('lock.startEditing')}
        </button>
      ) : confirming ? (
        <span className="confirm" data-testid="takeover-confirm">
          {t('lock.takeOverConfirm')}
          <button type="button" className="btn small primary" data-testid="takeover-yes" disabled={busy} onClick={() => void takeOver()}>
            {t('lock.takeOverYes')}
          </button>
          <button type="button" className="btn small" data-testid="takeover-no" onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
        </span>
      ) : (
        <button type="button" className="btn small" data-testid="takeover" onClick={() => setConfirming(true)}>{t('lock.takeOver')}</button>
      )}
    </div>
  );
}
