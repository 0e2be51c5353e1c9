/** The top bar: menu titles, the role (always visible) and the language switch. */
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../i18n';

export type Role = 'editor' | 'proofreader' | 'layout';
const ROLES: Role[] = ['editor', 'proofreader', 'layout'];
const MENUS = ['file', 'edit', 'story', 'page', 'proof', 'output', 'view', 'help'] as const;

export function TopBar({ role, onRole }: { role: Role; onRole: (role: Role) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <header className="top-bar" data-testid="topbar">
      <span className="app-mark">Folio</span>
      <nav className="menu" aria-label="menu">
        {MENUS.map((m) => (
          <span key={m} className="menu-item">
            {t(`menu.${m}`)}
          </span>
        ))}
      </nav>
      <div className="tb-spacer" />
      <label className="top-field">
        {t('role.label')}
        <select data-testid="role-select" value={role} onChange={(e) => onRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
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
