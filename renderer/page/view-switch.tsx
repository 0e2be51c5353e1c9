/** 稿件 | 版面: what the workspace's centre shows (the story editor, or the page with the editor beside it). */
import { useTranslation } from 'react-i18next';

export type CentreView = 'story' | 'page';

export function ViewSwitch({ value, onChange }: { value: CentreView; onChange(view: CentreView): void }) {
  const { t } = useTranslation();
  return (
    <nav className="view-switch" data-testid="view-switch" role="tablist">
      {(['story', 'page'] as const).map((v) => (
        <button key={v} type="button" role="tab" className={value === v ? 'view-tab on' : 'view-tab'} data-testid={`view-${v}`} aria-selected={value === v} onClick={() => onChange(v)}>
          {t(`page.view.${v}`)}
        </button>
      ))}
    </nav>
  );
}
