import { lazy, Suspense, useReducer, useRef, useState } from 'react';
import type { AccountInput } from '../../shared/export/export-account';
import { accountFromProfile } from '../../shared/export/profile-account';
import type { Profile } from '../../shared/profile';
import { useT } from '../i18n/I18nProvider';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { Wizard } from '../wizard/Wizard';
import { initialWizardState, wizardReducer, type WizardForm, type WizardState } from '../wizard/wizard-state';
import styles from './App.module.css';
import { NavBar, type Screen } from './NavBar';
import { Notices } from './Notices';
import { loadExport, loadPaste, loadProfiles, untilLoaded } from './screen-chunks';
import { useAppInfo } from './useAppInfo';
import { useOnline } from './useOnline';
import { useStartup } from './useStartup';

// A screen opened while its chunk cannot load waits for the network instead of failing for good.
const ExportScreen = lazy(async () => ({ default: (await untilLoaded(loadExport)).ExportScreen }));
const PasteErrorScreen = lazy(async () => ({ default: (await untilLoaded(loadPaste)).PasteErrorScreen }));
const ProfilesScreen = lazy(async () => ({ default: (await untilLoaded(loadProfiles)).ProfilesScreen }));

interface ExportTarget {
  /** null: the export screen asks for the account itself (first start, offline, from the menu). */
  account: AccountInput | null;
  runId?: string;
  from: Screen;
  viaNav?: boolean;
}

function accountFromForm(form: WizardForm): AccountInput {
  const user = form.user.trim();
  return {
    presetId: form.preset ?? 'custom',
    address: form.address.trim(),
    host: form.host.trim(),
    port: form.port,
    security: form.security,
    auth: form.authMethod,
    ...(user ? { username: user } : {}),
  };
}

/** The wizard's last test, when it tested exactly this saved profile's settings (so its report can go along). */
function wizardRunFor(profile: Profile, wizard: { step: WizardState['step'] }): string | undefined {
  if (wizard.step.name !== 'result') return undefined;
  const { request, runId } = wizard.step.result;
  const same = request.host === profile.host && request.port === profile.port && request.auth.user === (profile.user ?? profile.address);
  return same ? runId : undefined;
}

/** The wizard's form as an export account, or null while it is not filled in far enough. */
function exportAccountFromForm(form: WizardForm): AccountInput | null {
  return form.preset && form.address.trim() && form.host.trim() ? accountFromForm(form) : null;
}

export function App() {
  const { t } = useT();
  const online = useOnline();
  const appInfo = useAppInfo();
  const startup = useStartup();
  const [screen, setScreen] = useState<Screen>('wizard');
  const [exportTarget, setExportTarget] = useState<ExportTarget | null>(null);
  // The wizard's state lives here so a visit to another screen keeps what was typed.
  const [wizard, dispatch] = useReducer(wizardReducer, undefined, initialWizardState);
  // Test runs of saved profiles in this session, so their export can include the report.
  const profileRuns = useRef<Record<string, string>>({});
  const [exportKey, setExportKey] = useState(0);
  const openExport = (target: ExportTarget) => {
    setExportTarget(target);
    setExportKey((k) => k + 1);
    setScreen('export');
  };
  const navigate = (next: Screen) =>
    next === 'export' ? openExport({ account: exportAccountFromForm(wizard.form), from: 'wizard', viaNav: true }) : setScreen(next);

  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <span className={styles.brand}>{t('app.name')}</span>
        <NavBar current={screen === 'export' && !exportTarget?.viaNav ? (exportTarget?.from ?? 'wizard') : screen} onNavigate={navigate} />
        <LanguagePicker />
      </header>
      {!online && (
        <div className={styles.offline} role="status">
          {t('app.offline.banner')}
        </div>
      )}
      {startup && <Notices notices={startup.notices} />}
      <main className={styles.main}>
        {/* The chunks come from the app's own files, so they load at once: no loading text to announce. */}
        <Suspense fallback={null}>
        {screen === 'wizard' && (
          <Wizard
            state={wizard}
            dispatch={dispatch}
            online={online}
            orgDefaults={startup?.orgDefaults}
            onPasteError={() => setScreen('paste')}
            onExport={(runId) => openExport({ account: accountFromForm(wizard.form), runId, from: 'wizard' })}
            onSaved={() => setScreen('profiles')}
            onSetUpMailApp={() => navigate('export')}
          />
        )}
        {screen === 'paste' && <PasteErrorScreen onBack={() => setScreen('wizard')} address={wizard.form.address || undefined} />}
        {screen === 'profiles' && (
          <ProfilesScreen
            onExport={(profile) =>
              openExport({ account: accountFromProfile(profile), runId: profileRuns.current[profile.id] ?? wizardRunFor(profile, wizard), from: 'profiles' })
            }
            onTested={(profileId, runId) => (profileRuns.current[profileId] = runId)}
            onNew={() => setScreen('wizard')}
          />
        )}
        {screen === 'export' && exportTarget && (
          <ExportScreen
            key={exportKey}
            account={exportTarget.account}
            initialAddress={wizard.form.address.trim() || undefined}
            runId={exportTarget.runId}
            online={online}
            onBack={() => setScreen(exportTarget.from)}
          />
        )}
        </Suspense>
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
