/** Connect this desk to a newsroom server (URL, name, password), or disconnect it. The password is never kept. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewsroomStatus } from '../../shared/api/contract-newsroom-desk';

export interface NewsroomDialogProps {
  status: NewsroomStatus | null;
  onConnect: (input: { url: string; name: string; password: string }) => Promise<string | null>;
  onDisconnect: () => Promise<void>;
  onClose: () => void;
}

export function NewsroomDialog({ status, onConnect, onDisconnect, onClose }: NewsroomDialogProps) {
  const { t } = useTranslation();
  const [url, setUrl] = useState(status?.server ?? 'http://');
  const [name, setName] = useState(status?.user ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const message = await onConnect({ url: url.trim(), name: name.trim(), password });
    setBusy(false);
    setPassword('');
    if (message) setError(t('newsroom.dialog.failed', { message }));
    else onClose();
  };

  return (
    <div className="modal-backdrop">
      <form className="modal" role="dialog" aria-modal="true" aria-labelledby="newsroom-title" data-testid="newsroom-dialog" onSubmit={submit}>
        <h2 id="newsroom-title">{t('newsroom.dialog.title')}</h2>
        <p className="muted">{t('newsroom.dialog.hint')}</p>
        {status?.connected && (
          <p data-testid="newsroom-connected-as">
            {t('newsroom.dialog.connectedAs', { server: status.server, user: status.user, role: status.role })}
          </p>
        )}
        <label className="field">
          <span>{t('newsroom.dialog.url')}</span>
          <input data-testid="newsroom-url" value={url} maxLength={500} onChange={(e) => setUrl(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('newsroom.dialog.name')}</span>
          <input data-testid="newsroom-name" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('newsroom.dialog.password')}</span>
          <input data-testid="newsroom-password" type="password" value={password} maxLength={500} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && <p className="form-error" data-testid="newsroom-error" role="alert">{error}</p>}
        <div className="modal-actions">
          {status?.connected && (
            <button type="button" className="btn" data-testid="newsroom-disconnect" disabled={busy} onClick={() => void onDisconnect().then(onClose)}>
              {t('newsroom.dialog.disconnect')}
            </button>
          )}
          <button type="button" className="btn" data-testid="newsroom-cancel" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn primary" data-testid="newsroom-connect" disabled={busy || !password}>{t('newsroom.dialog.connect')}</button>
        </div>
      </form>
    </div>
  );
}
