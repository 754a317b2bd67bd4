import { useId, useMemo, useRef, useEffect, useState } from 'react';
import { classify } from '../../shared/findings/classify';
import { Button } from '../app/Button';
import { useT } from '../i18n/I18nProvider';
import { FindingCard } from '../results/FindingCard';
import styles from '../wizard/Wizard.module.css';

const MAX_FINDINGS = 3;

/**
 * Paste an error, get it explained. Pure shared code runs in the page, so this
 * works with no network and without the main process.
 */
export function PasteErrorScreen({ onBack, address }: { onBack: () => void; address?: string }) {
  const { t } = useT();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const matches = useMemo(() => (submitted ? classify({ kind: 'text', text: submitted }).slice(0, MAX_FINDINGS) : []), [submitted]);

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
        {matches.length > 0 && (
          <section className={styles.body} aria-label={t('paste.resultsHeading')}>
            {matches.map((match, index) => (
              <FindingCard key={match.id} id={match.id} params={{ quote: match.quote ?? submitted ?? '', address }} prominent={index === 0} />
            ))}
          </section>
        )}
      </div>
    </form>
  );
}
