import { describeFinding, type DescribeParams, type DiagnosisItem } from '../../shared/findings';
import { useT } from '../i18n/I18nProvider';
import styles from './PasteErrorScreen.module.css';

/** Other possible causes, shown softly: title and explanation, no coloured bar, no second IT message. */
export function OtherCauses({ items, params, headingId }: { items: readonly DiagnosisItem[]; params: DescribeParams; headingId: string }) {
  const { t } = useT();
  if (items.length === 0) return null;
  return (
    <section className={styles.others} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.otherTitle}>
        {t('paste.others.heading')}
      </h2>
      <p>{t('paste.others.lead')}</p>
      {items.map((item) => {
        const finding = describeFinding(item.id, item.quote === undefined ? params : { ...params, quote: item.quote });
        return (
          <article key={item.id} className={styles.other} data-finding={item.id} data-soft="true">
            <h3 className={styles.otherTitle}>{finding.title}</h3>
            <p>{finding.explanation}</p>
          </article>
        );
      })}
    </section>
  );
}
