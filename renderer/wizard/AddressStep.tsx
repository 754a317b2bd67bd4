import { useId } from 'react';
import { isConsumerMicrosoftDomain } from '../../shared/presets';
import { addressSchema } from '../../shared/validation';
import { Button } from '../app/Button';
import { useT } from '../i18n/I18nProvider';
import { StepLayout } from './StepLayout';
import styles from './Wizard.module.css';
import type { WizardAction, WizardForm } from './wizard-state';
import { PRESET_TITLE_KEYS } from '../../shared/i18n/value-keys';

export function domainOf(address: string): string {
  return address.trim().split('@')[1]?.toLowerCase() ?? '';
}

export function AddressStep({ form, dispatch }: { form: WizardForm; dispatch: (action: WizardAction) => void }) {
  const { t } = useT();
  const inputId = useId();
  const valid = addressSchema.safeParse(form.address).success;
  const showError = form.address.trim().length > 3 && !valid;
  const consumer = valid && isConsumerMicrosoftDomain(domainOf(form.address)) && form.preset !== 'outlook-com';

  return (
    <StepLayout
      step="address"
      title={t('wizard.address.title')}
      lead={t('wizard.address.lead')}
      onBack={() => dispatch({ type: 'back' })}
      onNext={() => dispatch({ type: 'next' })}
      nextDisabled={!valid}
    >
      <div className={styles.field}>
        <label htmlFor={inputId}>{t('wizard.address.label')}</label>
        <input
          id={inputId}
          className={styles.input}
          type="email"
          autoComplete="email"
          spellCheck={false}
          value={form.address}
          aria-invalid={showError}
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => dispatch({ type: 'edit', patch: { address: event.target.value } })}
        />
        <p id={`${inputId}-hint`} className={showError ? styles.error : styles.hint} aria-live="polite">
          {showError ? t('wizard.address.invalid') : t('wizard.address.hint')}
        </p>
      </div>
      {form.domain && form.domain.domain === domainOf(form.address) && (form.domain.provider === 'microsoft365' || form.domain.provider === 'other') && (
        <p className={styles.notice} role="status" data-testid="domain-check">
          {form.domain.provider === 'microsoft365'
            ? t('wizard.address.domainMicrosoft', { domain: form.domain.domain })
            : t('wizard.address.domainOther', { domain: form.domain.domain })}
          {form.domain.switchedPreset && ` ${t('wizard.address.presetSwitched', { kind: form.preset ? t(PRESET_TITLE_KEYS[form.preset]) : '' })}`}
        </p>
      )}
      {consumer && (
        <div className={styles.notice} role="status">
          <p>{t('wizard.address.consumerSuggestion')}</p>
          <Button onClick={() => dispatch({ type: 'choose-preset', preset: 'outlook-com' })}>{t('wizard.address.useOutlookCom')}</Button>
        </div>
      )}
    </StepLayout>
  );
}
