import type { Recognised } from '../../shared/findings';
import { useT } from '../i18n/I18nProvider';
import styles from './PasteErrorScreen.module.css';

const MAX_LINES = 6;

const LABEL_KEYS = {
  code: 'paste.recognised.code',
  phrase: 'paste.recognised.phrase',
  context: 'paste.recognised.context',
  fact: 'paste.recognised.context',
} as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The lines of the text that hold a recognised piece, with each piece marked. */
function Excerpt({ text, pieces }: { text: string; pieces: readonly Recognised[] }) {
  const needles = pieces.map((p) => p.text).filter((s) => s.length > 1);
  if (needles.length === 0) return null;
  const pattern = new RegExp(`(${needles.map(escapeRegExp).join('|')})`, 'gi');
  const lines = text.split(/\r?\n/).filter((line) => needles.some((n) => line.toLowerCase().includes(n.toLowerCase())));
  if (lines.length === 0) return null;
  return (
    <pre className={styles.excerpt} data-testid="recognised-excerpt">
      {lines.slice(0, MAX_LINES).map((line, i) => (
        <span key={i}>
          {line.split(pattern).map((part, j) => (j % 2 === 1 ? <mark key={j}>{part}</mark> : part))}
          {'\n'}
        </span>
      ))}
    </pre>
  );
}

/** What in the pasted text led to the answer, so a helpdesk person can check it. */
export function RecognisedPieces({ text, pieces, headingId }: { text: string; pieces: readonly Recognised[]; headingId: string }) {
  const { t } = useT();
  return (
    <section className={styles.recognised} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.otherTitle}>
        {t('paste.recognised.heading')}
      </h2>
      {pieces.length === 0 ? (
        <p>{t('paste.recognised.none')}</p>
      ) : (
        <>
          <ul className={styles.recognisedList}>
            {pieces.map((piece) => (
              <li key={`${piece.kind}:${piece.text}`} className={styles.piece}>
                {t(LABEL_KEYS[piece.kind], { text: piece.text })}
              </li>
            ))}
          </ul>
          <Excerpt text={text} pieces={pieces.filter((p) => p.kind !== 'context')} />
        </>
      )}
    </section>
  );
}
