/** Who is working: name and role (编辑 / 校对 / 版式). Asked on first start; opened again to switch profile. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Roles, type Profile, type Role } from '../../shared/model';

export interface ProfileDialogProps {
  initial: Profile | null;
  onSave: (profile: Profile) => Promise<string | null>;
  /** Absent on first start: a profile must be set before working. */
  onCancel?: () => void;
  /** Offered on the welcome dialog: connect to a newsroom server instead (its account gives name and role). */
  onConnectNewsroom?: () => void;
}

export function ProfileDialog({ initial, onSave, onCancel, onConnectNewsroom }: ProfileDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  const [role, setRole] = useState<Role>(initial?.role ?? 'editor');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError(t('profile.nameRequired'));
    setBusy(true);
    const message = await onSave({ name: trimmed, role });
    setBusy(false);
    if (message) setError(t('errors.generic', { message }));
  };

  return (
    <div className="modal-backdrop">
      <form className="modal" role="dialog" aria-modal="true" aria-labelledby="profile-title" data-testid="profile-dialog" onSubmit={submit}>
        <h2 id="profile-title">{initial ? t('profile.switchTitle') : t('profile.firstTitle')}</h2>
        {!initial && <p className="muted">{t('profile.firstHint')}</p>}
        <label className="field">
          <span>{t('profile.name')}</span>
          <input data-testid="profile-name" value={name} autoFocus maxLength={100} onChange={(e) => setName(e.target.value)} />
        </label>
        <fieldset className="field role-choice">
          <legend>{t('role.label')}</legend>
          {Roles.map((r) => (
            <label key={r} className={r === role ? 'role-option checked' : 'role-option'} data-testid={`profile-role-${r}`} data-checked={r === role}>
              <input type="radio" name="role" value={r} checked={r === role} onChange={() => setRole(r)} />
              {t(`role.${r}`)}
            </label>
          ))}
        </fieldset>
        {error && <p className="form-error" data-testid="profile-error" role="alert">{error}</p>}
        {onConnectNewsroom && (
          <button type="button" className="link-btn" data-testid="profile-newsroom" onClick={onConnectNewsroom}>
            {t('newsroom.connectLink')}
          </button>
        )}
        <div className="modal-actions">
          {onCancel && (
            <button type="button" className="btn" data-testid="profile-cancel" onClick={onCancel}>{t('common.cancel')}</button>
          )}
          <button type="submit" className="btn primary" data-testid="profile-save" disabled={busy}>{t('profile.save')}</button>
        </div>
      </form>
    </div>
  );
}
