import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { diagnoseText } from '../../shared/findings/diagnose';
import { Button } from '../app/Button';
import { useT } from '../i18n/I18nProvider';
import { FindingCard } from '../results/FindingCard';
import styles from '../wizard/Wizard.module.css';
import { OtherCauses } from './OtherCauses';
import { RecognisedPieces } from './RecognisedPieces';

/**
 * Paste an error, get one answer: the most likely cause in full (with the message for
 * IT), what in the text was recognised, and other possible causes shown softly. Pure
 * shared code runs in the page, so this works with no network and without the main
 * process; a screenshot's text or a whole log can be pasted.
 */
export function PasteErrorScreen({ onBack, address }: { onBack: () => void; address?: string }) {
  const { t } = useT();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const diagnosis = useMemo(() => (submitted ? diagnoseText(submitted, address ? { address } : {}) : null), [submitted, address]);
  const params = diagnosis ? { ...diagnosis.describe, ...(diagnosis.primary?.quote ? { quote: diagnosis.primary.quote } : { quote: submitted ?? '' }) } : {};

  return (
    <form
      className={styles.step}
      aria-labelledby={`${id}-heading`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onBack();
        }
      }}
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) setSubmitted(text);
      }}
    >
      <h1 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('paste.title')}
      </h1>
      <p className={styles.lead}>{t('paste.lead')}</p>
      <div className={styles.body}>
        <div className={styles.field}>
          <label htmlFor={`${id}-text`}>{t('paste.label')}</label>
          <textarea
            id={`${id}-text`}
            className={styles.input}
            rows={5}
            spellCheck={false}
            value={text}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setText(event.target.value)}
          />
          <p id={`${id}-hint`} className={styles.hint}>
            {t('paste.hint')}
          </p>
        </div>
      </div>
      <div className={styles.actions}>
        <Button onClick={onBack} className={styles.back}>
          {t('paste.back')}
        </Button>
        <Button type="submit" variant="primary" disabled={!text.trim()}>
          {t('paste.explain')}
        </Button>
      </div>
      <div aria-live="polite">
        {diagnosis?.primary && submitted && (
          <section className={styles.body} aria-label={t('paste.resultsHeading')}>
            <FindingCard id={diagnosis.primary.id} params={params} prominent />
            <RecognisedPieces text={submitted} pieces={diagnosis.recognised} headingId={`${id}-recognised`} />
            <OtherCauses items={diagnosis.others} params={diagnosis.describe} headingId={`${id}-others`} />
          </section>
        )}
        {diagnosis && !diagnosis.primary && <p role="status">{t('finding.label.nothing-to-fix')}</p>}
      </div>
    </form>
  );
}
