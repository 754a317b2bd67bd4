import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { ActionBar } from '../app/ActionBar';
import { Button } from '../app/Button';
import { useT } from '../i18n/I18nProvider';
import styles from './Wizard.module.css';
import { STEP_ORDER, type StepName } from './wizard-state';

export interface StepLayoutProps {
  step: StepName;
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  /** Back button and Escape; omitted on the first step. */
  onBack?: () => void;
  /** Enter submits the step (native form submit). */
  onNext?: () => void;
  nextLabel?: string;
  nextDisabled?: boolean;
  actions?: ReactNode;
}

/** One wizard step: heading (focused when the step opens), progress, content, and Back/Next in the sticky action bar. */
export function StepLayout({ step, title, lead, children, onBack, onNext, nextLabel, nextDisabled, actions }: StepLayoutProps) {
  const { t } = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [step]);

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape' && onBack) {
      event.preventDefault();
      onBack();
    }
  };

  return (
    <form
      className={styles.step}
      aria-labelledby={`${step}-heading`}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        if (onNext && !nextDisabled) onNext();
      }}
    >
      <p className={styles.progress}>{t('wizard.progress', { current: STEP_ORDER.indexOf(step) + 1, total: STEP_ORDER.length })}</p>
      <h1 id={`${step}-heading`} ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {lead && <p className={styles.lead}>{lead}</p>}
      <div className={styles.body}>{children}</div>
      <ActionBar>
        {onBack && (
          <Button onClick={onBack} className={styles.back}>
            {t('common.back')}
          </Button>
        )}
        {actions}
        {onNext && (
          <Button type="submit" variant="primary" disabled={nextDisabled}>
            {nextLabel ?? t('common.continue')}
          </Button>
        )}
      </ActionBar>
    </form>
  );
}
