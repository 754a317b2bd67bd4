import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { NotConfiguredReason, SignedInAccount } from '../../../shared/oauth';
import type { PresetId } from '../../../shared/types';
import { Button } from '../../app/Button';
import { useT } from '../../i18n/I18nProvider';
import wizard from '../Wizard.module.css';
import { DeviceCodeView } from './DeviceCodeView';
import { NotConfiguredView } from './NotConfiguredView';
import { SignedInView } from './SignedInView';
import { SignInFailureView } from './SignInFailureView';
import styles from './SignIn.module.css';
import { useMicrosoftSignIn } from './useMicrosoftSignIn';
import { signInValues } from '../../../shared/sign-in-words';

export interface MicrosoftSignInProps {
  presetId: PresetId | null;
  address: string;
  account: SignedInAccount | null;
  onAccount: (account: SignedInAccount | null) => void;
  /** Opens the page for IT (how to set sign-in up), saying why it is not available now. */
  onHelp: (reason?: NotConfiguredReason) => void;
  /** Whether "With my password" is offered too (the words for "not set up" differ). */
  passwordOffered: boolean;
  /** The person came here to sign in (from a result that refused the password): the button gets the focus once ready. */
  focusOnArrival?: boolean;
}

/**
 * "Sign in with Microsoft": not set up, ready, waiting in the browser (Cancel), a code to
 * type (device code), signed in as someone ("Use a different account"), or failed with
 * what to do. Focus moves to the new content after each action; progress is announced.
 */
export function MicrosoftSignIn(props: MicrosoftSignInProps) {
  const { t } = useT();
  const id = useId();
  const { view, keychain, start, cancel, switchAccount } = useMicrosoftSignIn(props);
  const region = useRef<HTMLDivElement>(null);
  const acted = useRef(props.focusOnArrival ?? false);
  const { account } = props;
  const shown = account ? `signed-in:${account.key}` : view.kind;

  // Only after the person did something (or came here for it): on arrival the step's heading keeps the focus.
  useEffect(() => {
    if (acted.current) region.current?.querySelector<HTMLElement>('[data-focus]')?.focus();
  }, [shown]);
  const act = (work: () => Promise<void>) => () => {
    acted.current = true;
    void work();
  };

  let content: ReactNode;
  let announcement = '';
  if (account) {
    content = <SignedInView account={account} address={props.address} keychain={keychain} onSwitch={act(switchAccount)} />;
  } else if (view.kind === 'loading') {
    content = <p>{t('signin.loading')}</p>;
  } else if (view.kind === 'not-configured') {
    content = <NotConfiguredView failure={view.failure} passwordOffered={props.passwordOffered} onHelp={() => props.onHelp(view.failure.reason)} />;
  } else if (view.kind === 'waiting') {
    announcement = t('oauth.progress.browser');
    content = (
      <div className={styles.view} data-testid="sign-in-waiting">
        <p className={styles.account}>{t('oauth.progress.browser')}</p>
        <p className={wizard.hint}>{t('signin.waiting.hint')}</p>
        <div>
          <Button data-focus onClick={act(cancel)} disabled={view.stopping}>
            {t('oauth.progress.cancel')}
          </Button>
        </div>
      </div>
    );
  } else if (view.kind === 'device-code') {
    announcement = view.code ? t('oauth.progress.device-code', { url: view.code.verificationUri, code: view.code.userCode }) : t('signin.code.waiting');
    content = <DeviceCodeView code={view.code} stopping={view.stopping} onCancel={act(cancel)} />;
  } else {
    if (view.kind === 'ready' && view.stopped) announcement = t('oauth.failure.cancelled');
    content = (
      <div className={styles.view}>
        {view.kind === 'failed' && <SignInFailureView failure={view.failure} address={props.address} />}
        {view.kind === 'ready' && view.stopped && <p>{t('oauth.failure.cancelled')}</p>}
        <div className={wizard.row}>
          <Button variant="primary" data-focus={view.kind === 'ready' ? true : undefined} aria-describedby={`${id}-browser`} onClick={act(() => start('browser'))}>
            {view.kind === 'failed' ? (view.failure.code === 'device-code-blocked' ? t('signin.failed.use-browser') : t('signin.failed.try-again')) : t('signin.ready.button')}
          </Button>
          {!(view.kind === 'failed' && view.failure.code === 'device-code-blocked') && (
            <Button variant="quiet" aria-describedby={`${id}-code`} onClick={act(() => start('device-code'))}>
              {t('signin.ready.code')}
            </Button>
          )}
        </div>
        <p id={`${id}-browser`} className={wizard.hint}>
          {t('signin.ready.hint', { address: props.address.trim() })}
        </p>
        <p id={`${id}-code`} className={wizard.hint}>
          {t('signin.ready.code.hint', signInValues())}
        </p>
      </div>
    );
  }

  return (
    <section className={styles.panel} aria-labelledby={`${id}-title`} data-testid="microsoft-sign-in" data-state={account ? 'signed-in' : view.kind}>
      <h2 id={`${id}-title`} className={styles.title}>
        {t('signin.panel.title')}
      </h2>
      <div ref={region}>{content}</div>
      <p className="visually-hidden" aria-live="polite" data-testid="sign-in-announcement">
        {announcement}
      </p>
    </section>
  );
}

