import { forwardRef } from 'react';
import type { AppFileSaveRequest } from '../../shared/contract';
import { PLAN_HEADING_KEY, type AppPlan, type PlanFile } from '../../shared/export/app-kinds';
import { useT } from '../i18n/I18nProvider';
import wizard from '../wizard/Wizard.module.css';
import styles from './Export.module.css';
import { FileCard } from './FileCard';
import { OutlookCheckCard } from './OutlookCheckCard';
import { StepsCard } from './StepsCard';

export interface PlanViewProps {
  plan: AppPlan;
  address: string;
  online: boolean;
  requestFor: (file: PlanFile) => AppFileSaveRequest;
  pdfRequest: AppFileSaveRequest;
}

/** What works in the chosen app: files with Save, steps with Print, the Outlook check, and the truthful notes. */
export const PlanView = forwardRef<HTMLHeadingElement, PlanViewProps>(function PlanView({ plan, address, online, requestFor, pdfRequest }, headingRef) {
  const { t } = useT();
  return (
    <section className={styles.section} aria-labelledby="plan-heading" data-testid="plan" data-app={plan.app}>
      <h2 id="plan-heading" ref={headingRef} tabIndex={-1}>
        {t(PLAN_HEADING_KEY[plan.app])}
      </h2>
      <p data-testid="plan-headline">{plan.headline}</p>
      {plan.files.map((file) => (
        <FileCard key={file.id} file={file} request={requestFor(file)} />
      ))}
      {plan.steps.length > 0 && <StepsCard title={plan.stepsTitle ?? ''} steps={plan.steps} address={address} pdfRequest={pdfRequest} />}
      {plan.checks.includes('outlook-autodiscover') && <OutlookCheckCard address={address} online={online} />}
      {plan.notes.length > 0 && (
        <section className={`${wizard.notice} ${styles.section}`} aria-labelledby="plan-notes" data-testid="plan-notes">
          <h3 id="plan-notes">{t('exportScreen.notes.heading')}</h3>
          <ul className={styles.notes}>
            {plan.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
});
