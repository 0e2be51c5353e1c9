/** The top bar: the menu bar, who is working in which role (always visible; click to switch), the language. */
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../shared/model';
import type { CommandId } from '../../shared/commands/desk-commands';
import { LANGUAGES, setLanguage, type Language } from '../i18n';
import { MenuBar } from './commands/menu-bar';
import { useObservable } from '../common/observable';
import { planShown } from './plan-shown';

export function TopBar({ profile, onSwitchProfile, onOpenPlan, onOpenStyles, onOpenMasters, onCommand }: { profile: Profile | null; /** opens the paper's 版式模板 */ onOpenMasters?: () => void; onSwitchProfile: () => void; /** toggles the plan view */ onOpenPlan?: () => void; /** opens the paper's style sheet */ onOpenStyles?: () => void; /** A menu item was chosen (the one command table). */ onCommand: (id: CommandId) => void }) {
  const { t, i18n } = useTranslation();
  const planOpen = useObservable(planShown);
  return (
    <header className="top-bar" data-testid="topbar">
      <span className="app-mark">Folio</span>
      <nav aria-label={t('commands.menubar')}>
        <MenuBar onCommand={onCommand} />
      </nav>
      <div className="tb-spacer" />
      {/* 版面计划: issues, pages, backups (renderer/plan) */}
      {onOpenPlan && (
        <button type="button" className={planOpen ? 'btn small on' : 'btn small'} data-testid="open-plan" aria-pressed={planOpen} onClick={onOpenPlan}>
          {t('plan.open')}
        </button>
      )}
      {onOpenStyles && (
        <button type="button" className="btn small" data-testid="open-styles" onClick={onOpenStyles}>
          {t('styles.open')}
        </button>
      )}
      {onOpenMasters && (
        <button type="button" className="btn small" data-testid="open-masters" onClick={onOpenMasters}>
          {t('styles.masters.open')}
        </button>
      )}
      <button
        type="button"
        className="profile-btn"
        data-testid="role-select"
        data-role={profile?.role ?? ''}
        title={t('profile.switch')}
        onClick={onSwitchProfile}
      >
        <span className="muted">{t('role.label')}</span>
        <strong data-testid="profile-role">{profile ? t(`role.${profile.role}`) : '—'}</strong>
        <span data-testid="profile-name-shown">{profile?.name ?? ''}</span>
        <span className="caret">▾</span>
      </button>
      <label className="top-field">
        {t('language.label')}
        <select data-testid="language-select" value={i18n.language} onChange={(e) => void setLanguage(e.target.value as Language)}>
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {t(`language.${lang}`)}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
