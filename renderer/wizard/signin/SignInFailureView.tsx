import { useId } from 'react';
import { isFindingId } from '../../../shared/findings/ids';
import { t as translate } from '../../../shared/i18n';
import type { PageSignInFailure } from '../../../shared/sign-in-ipc';
import { signInFailureWords } from '../../../shared/sign-in-words';
import { useT } from '../../i18n/I18nProvider';
import { CopyButton } from '../../results/CopyButton';
import { FindingCard } from '../../results/FindingCard';
import styles from './SignIn.module.css';

/** The technical line IT needs (code, AADSTS number, Microsoft's message); never holds a token. */
export function failureDetails(failure: PageSignInFailure, address: string): string {
  return translate('signin.failed.message-for-it', {
    address: address.trim() || '—',
    code: failure.code,
    aadsts: failure.aadsts !== undefined ? ` (AADSTS${failure.aadsts})` : '',
    message: failure.message,
  });
}

/**
 * A sign-in failure in plain words, with the technical details for IT. The catalogue's
 * finding card (its steps and message for IT) is shown once the catalogue knows the
 * finding; until then, the sign-in's own sentence. Either way the details box stays.
 */
export function SignInFailureView({ failure, address, title }: { failure: PageSignInFailure; address: string; title?: string }) {
  const { t } = useT();
  const id = useId();
  const details = failureDetails(failure, address);
  const findingId = failure.findingId;
  const known = isFindingId(findingId) && findingId !== 'unknown';
  const detailsBox = (
    <details className={styles.details}>
      <summary>{t('signin.failed.details')}</summary>
      <pre data-testid="sign-in-details">{details}</pre>
      <CopyButton text={details} label={t('signin.failed.copy')} />
    </details>
  );
  if (known) {
    return (
      <div data-focus tabIndex={-1} className={`${styles.view} ${styles.focusable}`} role="group" aria-labelledby={`finding-${findingId}`} data-failure={failure.code}>
        <FindingCard id={findingId} params={{ address, quote: details }} headingLevel={3} />
        {detailsBox}
      </div>
    );
  }
  return (
    <section className={styles.failure} data-finding={findingId} data-failure={failure.code} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} data-focus tabIndex={-1} className={styles.focusable}>
        {title ?? t('signin.failed.title')}
      </h3>
      <p>{signInFailureWords(failure)}</p>
      {detailsBox}
    </section>
  );
}
