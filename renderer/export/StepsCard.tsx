import { useId } from 'react';
import type { AppFileSaveRequest } from '../../shared/contract';
import { Button } from '../app/Button';
import { useT } from '../i18n/I18nProvider';
import wizard from '../wizard/Wizard.module.css';
import styles from './Export.module.css';
import { SaveResult } from './SaveResult';
import { useSaveFile } from './useSaveFile';

/** The inline steps, printable on their own (print CSS) or saved as a PDF sheet for this app. */
export function StepsCard({ title, steps, address, pdfRequest }: { title: string; steps: string[]; address: string; pdfRequest: AppFileSaveRequest }) {
  const { t } = useT();
  const id = useId();
  const { state, save, show, open, resultRef } = useSaveFile();
  return (
    <section className={`${wizard.card} ${styles.section} ${styles.printArea}`} aria-labelledby={`${id}-title`} data-testid="steps">
      <h3 id={`${id}-title`}>{title}</h3>
      <p className={wizard.hint}>{address}</p>
      <ol className={styles.steps}>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <div className={`${wizard.row} ${styles.noPrint}`}>
        <Button onClick={() => window.print()} aria-describedby={`${id}-title`}>
          {t('exportScreen.steps.print')}
        </Button>
        <Button onClick={() => void save(pdfRequest)} disabled={state.status === 'saving'} aria-describedby={`${id}-title`}>
          {t('exportScreen.steps.pdf')}
        </Button>
      </div>
      <div className={styles.noPrint}>
        <SaveResult ref={resultRef} state={state} onShow={() => void show()} onOpen={() => void open()} />
      </div>
    </section>
  );
}
