import { useId } from 'react';
import type { MessageKey } from '../../shared/i18n';
import { useT } from '../i18n/I18nProvider';
import wizard from '../wizard/Wizard.module.css';
import styles from './Export.module.css';
import { DRAFT_KINDS, guessKind, type AccountDraft, type DraftKind } from './account-draft';

const KIND_KEY: Readonly<Record<DraftKind, MessageKey>> = {
  microsoft365: 'exportScreen.account.kind.microsoft365',
  'outlook-com': 'exportScreen.account.kind.outlook-com',
  imap: 'exportScreen.account.kind.imap',
  relay: 'exportScreen.account.kind.relay',
};

export interface AccountPanelProps {
  /** The account as asked on this screen; null when it came from the wizard or a profile. */
  draft: AccountDraft | null;
  onDraft: (draft: AccountDraft) => void;
  /** Shown for an account from elsewhere: one line. */
  summary: string | null;
  /** Asks for the incoming server (other providers without one). */
  askIncoming: boolean;
  incoming: { protocol: 'imap' | 'pop3'; host: string };
  onIncoming: (incoming: { protocol: 'imap' | 'pop3'; host: string }) => void;
  error: string | null;
}

/** The account the exports describe: asked here on a first start, or summarised. */
export function AccountPanel({ draft, onDraft, summary, askIncoming, incoming, onIncoming, error }: AccountPanelProps) {
  const { t } = useT();
  const id = useId();
  const showIncoming = askIncoming || draft?.kind === 'imap';
  const incomingFields = showIncoming && (
    <>
      {draft?.kind === 'imap' && (
        <div className={wizard.field}>
          <label htmlFor={`${id}-out`}>{t('exportScreen.account.outgoingHost')}</label>
          <input id={`${id}-out`} className={wizard.input} value={draft.outgoingHost} onChange={(e) => onDraft({ ...draft, outgoingHost: e.target.value })} autoComplete="off" spellCheck={false} />
        </div>
      )}
      <div className={wizard.field}>
        <label htmlFor={`${id}-proto`}>{t('exportScreen.account.incomingProtocol')}</label>
        <select id={`${id}-proto`} className={wizard.input} value={incoming.protocol} onChange={(e) => onIncoming({ ...incoming, protocol: e.target.value as 'imap' | 'pop3' })}>
          <option value="imap">{t('export.value.protocol.imap')}</option>
          <option value="pop3">{t('export.value.protocol.pop3')}</option>
        </select>
      </div>
      <div className={wizard.field}>
        <label htmlFor={`${id}-in`}>{t('exportScreen.account.incomingHost')}</label>
        <input id={`${id}-in`} className={wizard.input} value={incoming.host} onChange={(e) => onIncoming({ ...incoming, host: e.target.value })} aria-describedby={`${id}-in-hint`} autoComplete="off" spellCheck={false} />
        <p id={`${id}-in-hint`} className={wizard.hint}>
          {t('exportScreen.account.incomingHint')}
        </p>
      </div>
    </>
  );

  return (
    <section className={`${wizard.card} ${styles.section} ${styles.noPrint}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('exportScreen.account.heading')}</h2>
      {summary !== null && <p data-testid="account-summary">{summary}</p>}
      {draft && (
        <>
          <div className={wizard.field}>
            <label htmlFor={`${id}-address`}>{t('exportScreen.account.address')}</label>
            <input
              id={`${id}-address`}
              className={wizard.input}
              type="email"
              value={draft.address}
              onChange={(e) => onDraft({ ...draft, address: e.target.value, kind: guessKind(e.target.value, draft.kind) })}
              aria-invalid={error !== null}
              aria-describedby={error ? `${id}-error` : undefined}
              autoComplete="email"
              spellCheck={false}
            />
          </div>
          <div className={wizard.field}>
            <label htmlFor={`${id}-kind`}>{t('exportScreen.account.kind')}</label>
            <select id={`${id}-kind`} className={wizard.input} value={draft.kind} onChange={(e) => onDraft({ ...draft, kind: e.target.value as DraftKind })} aria-describedby={`${id}-kind-hint`}>
              {DRAFT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(KIND_KEY[kind])}
                </option>
              ))}
            </select>
            <p id={`${id}-kind-hint`} className={wizard.hint}>
              {t('exportScreen.account.kindHint')}
            </p>
          </div>
        </>
      )}
      {incomingFields}
      {error && (
        <p id={`${id}-error`} className={wizard.error} data-testid="account-error">
          {t('exportScreen.account.invalid', { message: error })}
        </p>
      )}
    </section>
  );
}
