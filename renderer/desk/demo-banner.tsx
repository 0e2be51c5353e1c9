/** First launch with an empty database: offer the demo issue, clearly, once. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function DemoBanner({ onCreate, onDismiss }: { onCreate: () => Promise<void>; onDismiss: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <div className="demo-banner" data-testid="demo-banner" role="region">
      <p>{t('demo.offer')}</p>
      <div className="demo-actions">
        <button
          type="button"
          className="btn primary"
          data-testid="demo-create"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onCreate();
            } finally {
              setBusy(false);
            }
          }}
        >
          {busy ? t('demo.creating') : t('demo.create')}
        </button>
        <button type="button" className="btn" data-testid="demo-dismiss" onClick={onDismiss}>
          {t('demo.dismiss')}
        </button>
      </div>
    </div>
  );
}
