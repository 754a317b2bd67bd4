import { useEffect, useRef, useState } from 'react';
import type { AppFileSaveRequest, ExportCapabilities } from '../../shared/contract';
import { accountKind, type AccountKind, type MailApp, type PlanFile } from '../../shared/export/app-kinds';
import type { MessageKey } from '../../shared/i18n';
import { planForApp } from '../../shared/export/app-plan';
import { resolveExportAccount, type AccountInput } from '../../shared/export/export-account';
import { getApi } from '../api';
import { ActionBar } from '../app/ActionBar';
import { Button } from '../app/Button';
import { useT } from '../i18n/I18nProvider';
import wizard from '../wizard/Wizard.module.css';
import { AccountPanel } from './AccountPanel';
import { AppPicker } from './AppPicker';
import { draftToAccount, EMPTY_DRAFT, guessKind, withIncoming, type AccountDraft } from './account-draft';
import { ForItSection } from './ForItSection';
import { PlanView } from './PlanView';

export interface ExportScreenProps {
  /** The account from the wizard or a saved profile; null asks for it on this screen (first start, offline). */
  account: AccountInput | null;
  /** An address typed in the wizard already, to start the screen's own form with. */
  initialAddress?: string;
  /** The test run of this session to describe in the diagnostic report, if any. */
  runId?: string;
  online: boolean;
  onBack: () => void;
}

const KIND_NAME: Readonly<Record<AccountKind, MessageKey>> = {
  'microsoft-signin': 'exportScreen.account.kind.microsoft365',
  'microsoft-password': 'exportScreen.account.kind.microsoft365',
  'outlook-com': 'exportScreen.account.kind.outlook-com',
  'mailbox-password': 'exportScreen.account.kind.imap',
  'mailbox-incomplete': 'exportScreen.account.kind.imap',
  'send-only': 'exportScreen.account.kind.relay',
};

const NO_CAPABILITIES: ExportCapabilities = { signing: { state: 'off' }, ewsAllowed: false };

/** "Set up a mail app": the person names the app and gets what works there for this account. */
export function ExportScreen({ account, initialAddress, runId, online, onBack }: ExportScreenProps) {
  const { t } = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const planRef = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState<AccountDraft | null>(() =>
    account ? null : { ...EMPTY_DRAFT, address: initialAddress ?? '', kind: guessKind(initialAddress ?? '', EMPTY_DRAFT.kind) },
  );
  const [incoming, setIncoming] = useState<{ protocol: 'imap' | 'pop3'; host: string }>({ protocol: 'imap', host: '' });
  const [app, setApp] = useState<MailApp | null>(null);
  const [capabilities, setCapabilities] = useState<ExportCapabilities>(NO_CAPABILITIES);
  // Bumped when the person chooses an app, so focus follows even when the same app is chosen again.
  const [chosenAt, setChosenAt] = useState(0);

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    let live = true;
    void getApi()
      ?.exportCapabilities()
      .then((result) => live && result.ok && setCapabilities(result.value));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (chosenAt > 0) planRef.current?.focus();
  }, [chosenAt]);

  const base = account ?? (draft ? draftToAccount(draft) : null);
  const resolvedBase = base ? resolveExportAccount(base) : null;
  const needsIncoming = resolvedBase?.ok === true && accountKind(resolvedBase.value) === 'mailbox-incomplete';
  const input = base && (needsIncoming || draft?.kind === 'imap') ? withIncoming(base, incoming.protocol, incoming.host) : base;
  const resolved = input ? resolveExportAccount(input) : null;
  const typed = (draft?.address.trim() ?? 'x') !== '';
  const error = resolved && !resolved.ok && typed ? resolved.error.message : null;

  const context = { ewsAllowed: capabilities.ewsAllowed, signing: capabilities.signing.state === 'ready', reportAvailable: runId !== undefined, now: new Date() };
  const plan = resolved?.ok && app ? planForApp(resolved.value, app, context) : null;
  const address = resolved?.ok ? resolved.value.address : '';

  const requestFor = (file: PlanFile): AppFileSaveRequest =>
    file.target === 'report'
      ? { target: 'report', ...(runId ? { runId } : {}) }
      : { target: file.target, account: input ?? undefined, ...(file.appleTarget ? { appleTarget: file.appleTarget } : {}), ...(file.app ? { app: file.app } : {}) };

  const choose = (next: MailApp) => {
    setApp(next);
    setChosenAt((n) => n + 1);
  };

  const kindName = resolved?.ok ? t(KIND_NAME[accountKind(resolved.value)]) : '';

  return (
    <div className={wizard.step}>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('exportScreen.title')}
      </h1>
      <p className={wizard.lead}>{account ? t('exportScreen.lead', { address }) : t('exportScreen.lead.noAccount')}</p>
      {!online && <p className={wizard.notice}>{t('exportScreen.offline')}</p>}
      <div className={wizard.body}>
        <AccountPanel
          draft={draft}
          onDraft={setDraft}
          summary={account && resolved?.ok ? t('exportScreen.account.summary', { address, kind: kindName }) : null}
          askIncoming={needsIncoming}
          incoming={incoming}
          onIncoming={setIncoming}
          error={error}
        />
        {capabilities.signing.state === 'ready' && <p className={wizard.hint}>{t('exportScreen.signing.ready', { signer: capabilities.signing.signer ?? '' })}</p>}
        {capabilities.signing.state === 'problem' && <p className={wizard.warning}>{t('exportScreen.signing.problem', { problem: capabilities.signing.problem ?? '' })}</p>}
        <AppPicker chosen={app} onChoose={choose} />
        {app && !plan && error && <p className={wizard.error}>{t('exportScreen.account.invalid', { message: error })}</p>}
        {plan && resolved?.ok && (
          <>
            <PlanView
              ref={planRef}
              plan={plan}
              address={address}
              online={online}
              requestFor={requestFor}
              pdfRequest={{ target: 'sheet-pdf', account: input ?? undefined, app: plan.app }}
            />
            <ForItSection files={plan.forIt} requestFor={requestFor} reportAvailable={runId !== undefined} />
          </>
        )}
      </div>
      <ActionBar>
        <Button onClick={onBack} className={wizard.back}>
          {t('common.back')}
        </Button>
      </ActionBar>
    </div>
  );
}
