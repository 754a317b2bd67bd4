import { useId } from 'react';
import { CHECK_STATE_WORDS, CHECK_WORDS, checkList, provenOutcome, provenTone } from '../../../shared/proven';
import type { ProbeResult } from '../../../shared/types';
import { useT } from '../../i18n/I18nProvider';
import styles from './VerdictSummary.module.css';

/** Under the result heading: what the test proved, in a sentence, and what it checked and did not. */
export function VerdictSummary({ result, address }: { result: ProbeResult; address: string }) {
  const { t } = useT();
  const id = useId();
  const proven = provenOutcome(result);
  const { host, port } = result.request;
  const user = result.request.auth.user ?? address;
  const params = { host, port, user, address: result.request.sendTestTo ?? address };
  const signedIn = proven === 'sending-works' || proven === 'sending-works-warning';
  return (
    <section className={styles.summary} data-tone={provenTone(result)} data-proven={proven} aria-labelledby={`${id}-checked`} data-testid="verdict-summary">
      <p>{signedIn ? t('wizard.result.pass.body', { host, port, user }) : t('wizard.result.pass.noAuth', { host, port })}</p>
      <h2 id={`${id}-checked`} className={styles.heading}>
        {t('verdict.checklist')}
      </h2>
      <ul className={styles.list}>
        {checkList(result).map(({ item, state }) => (
          <li key={item} data-state={state} data-item={item}>
            <span className={styles.state}>{t(CHECK_STATE_WORDS[state])}</span>
            <span>{t(CHECK_WORDS[item][state], params)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
