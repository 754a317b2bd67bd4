import { useState } from 'react';
import { describeFinding } from '../../shared/findings/describe';
import type { FindingId } from '../../shared/findings/ids';
import { formatDay } from '../../shared/i18n/intl-format';
import { inLocale, LANGUAGE_NAMES } from '../../shared/i18n';
import { useT } from '../i18n/I18nProvider';
import { Button } from '../app/Button';
import { CopyButton } from './CopyButton';
import styles from './FindingCard.module.css';

export interface FindingCardProps {
  id: FindingId;
  params?: Parameters<typeof describeFinding>[1];
  /** The first finding is shown in full; the others start folded, softly (no coloured bar, no message for IT of their own). */
  prominent?: boolean;
  headingLevel?: 2 | 3;
}

/** One finding in staff language: what happened, what to do, and a ready message for IT. */
export function FindingCard({ id, params, prominent = true, headingLevel = 2 }: FindingCardProps) {
  const { t, locale } = useT();
  const finding = describeFinding(id, params);
  // IT often works in English: one click shows (and copies) the same message in English, and back.
  const [itInEnglish, setItInEnglish] = useState(false);
  const offerEnglish = locale !== 'en';
  const showEnglish = offerEnglish && itInEnglish;
  const adminMessage = showEnglish ? inLocale('en', () => describeFinding(id, params).adminMessage) : finding.adminMessage;
  const Heading = `h${headingLevel}` as const;
  const body = (
    <>
      <p>{finding.explanation}</p>
      {finding.steps.length > 0 && (
        <>
          <h3 className={styles.subheading}>{t('results.whatYouCanDo')}</h3>
          <ol className={styles.steps}>
            {finding.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
      <p className={styles.meta}>{t('results.whoFixes', { who: finding.whoLabel })}</p>
      {finding.adminMessage && prominent && (
        <div className={styles.admin}>
          <h3 className={styles.subheading}>{t('results.messageForIt')}</h3>
          <pre className={styles.message} data-testid="admin-message" lang={showEnglish ? 'en' : undefined}>
            {adminMessage}
          </pre>
          <CopyButton text={adminMessage} label={t('results.copyMessageForIt')} />
          {offerEnglish && (
            <Button variant="secondary" className={styles.itLanguage} data-testid="admin-message-language" onClick={() => setItInEnglish(!showEnglish)}>
              {showEnglish ? t('results.it.showOwn', { language: LANGUAGE_NAMES[locale] }) : t('results.it.showEnglish')}
            </Button>
          )}
          {showEnglish && (
            <p className={styles.meta} role="status">
              {t('results.it.inEnglish')}
            </p>
          )}
        </div>
      )}
      <p className={styles.meta}>
        <a href={finding.source} target="_blank" rel="noreferrer">
          {t('results.source')}
        </a>
        {finding.asOf && ` · ${t('results.asOf', { date: formatDay(finding.asOf) })}`}
      </p>
    </>
  );

  if (!prominent) {
    return (
      <details className={styles.card} data-severity={finding.severity} data-soft="true" data-finding={id}>
        <summary className={styles.summary}>{finding.title}</summary>
        {body}
      </details>
    );
  }
  return (
    <section className={styles.card} data-severity={finding.severity} data-finding={id} aria-labelledby={`finding-${id}`}>
      <Heading id={`finding-${id}`} className={styles.title}>
        {finding.title}
      </Heading>
      {body}
    </section>
  );
}
