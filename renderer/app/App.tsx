import { useReducer, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { PasteErrorScreen } from '../help/PasteErrorScreen';
import { Wizard } from '../wizard/Wizard';
import { initialWizardState, wizardReducer } from '../wizard/wizard-state';
import styles from './App.module.css';
import { useAppInfo } from './useAppInfo';
import { useOnline } from './useOnline';

type Screen = 'wizard' | 'paste';

export function App() {
  const { t } = useT();
  const online = useOnline();
  const appInfo = useAppInfo();
  const [screen, setScreen] = useState<Screen>('wizard');
  // The wizard's state lives here so a visit to another screen keeps what was typed.
  const [wizard, dispatch] = useReducer(wizardReducer, undefined, initialWizardState);

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
        {screen === 'wizard' ? (
          <Wizard state={wizard} dispatch={dispatch} online={online} onPasteError={() => setScreen('paste')} />
        ) : (
          <PasteErrorScreen onBack={() => setScreen('wizard')} address={wizard.form.address || undefined} />
        )}
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
