import { useState } from 'react';
import type { PresetId } from '../../shared/types';
import { useT } from '../i18n/I18nProvider';
import { AccountTypeStep } from '../wizard/AccountTypeStep';
import styles from './App.module.css';
import { useAppInfo } from './useAppInfo';
import { useOnline } from './useOnline';

export function App() {
  const { t } = useT();
  const online = useOnline();
  const appInfo = useAppInfo();
  const [preset, setPreset] = useState<PresetId | null>(null);

  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <span className={styles.brand}>{t('app.name')}</span>
      </header>
      {!online && (
        <div className={styles.offline} role="status">
          {t('app.offline.banner')}
        </div>
      )}
      <main className={styles.main}>
        <AccountTypeStep selected={preset} onSelect={setPreset} onNext={() => undefined} />
      </main>
      <footer className={styles.footer}>
        {appInfo.status === 'ready' && (
          <span data-testid="app-info">
            {t('app.footer.version', { version: appInfo.info.version })} ·{' '}
            {appInfo.info.online ? t('app.footer.online') : t('app.footer.offline')}
          </span>
        )}
        {appInfo.status === 'unavailable' && <span>{t('app.footer.noBridge')}</span>}
      </footer>
    </div>
  );
}
