import { useEffect, useId, useRef, useState } from 'react';
import type { PresetId } from '../../shared/types';
import { addressSchema } from '../../shared/validation';
import { Button } from '../app/Button';
import { useT } from '../i18n/I18nProvider';
import { AccountKindChoice } from './AccountKindChoice';
import { PRESET_TITLE_KEYS } from '../../shared/i18n/value-keys';
import { KIND_BASIS } from './account-kinds';
import { StepLayout } from './StepLayout';
import styles from './Wizard.module.css';
import type { WizardAction, WizardForm } from './wizard-state';

export function domainOf(address: string): string {
  return address.trim().split('@')[1]?.toLowerCase() ?? '';
}

export interface AddressStepProps {
  form: WizardForm;
  online: boolean;
  dispatch: (action: WizardAction) => void;
  onPasteError: () => void;
}

/**
 * The first screen: the address, and the kind of account it proposes (from the domain's
 * name at once, from main's domain check a moment later), which the person can change;
 * when nothing tells, the kinds to choose from.
 */
export function AddressStep({ form, online, dispatch, onPasteError }: AddressStepProps) {
  const { t } = useT();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [choosing, setChoosing] = useState(false);
  const kinds = useRef<HTMLFieldSetElement>(null);
  const valid = addressSchema.safeParse(form.address).success;
  const showError = form.address.trim().length > 3 && !valid;
  const domain = domainOf(form.address);
  const facts = form.domain?.domain === domain ? form.domain : null;
  const { locked, allowed } = form.orgKinds;
  // Typing goes straight into the address: the person's first job (StepLayout has focused the heading just before).
  useEffect(() => input.current?.focus(), []);
  // The button that asked for the kinds goes away as they come: focus the chosen kind (arrows move it), not the page body.
  useEffect(() => {
    if (choosing) (kinds.current?.querySelector<HTMLInputElement>('input:checked') ?? kinds.current?.querySelector<HTMLInputElement>('input:enabled'))?.focus();
  }, [choosing]);
  const chooseKind = () => setChoosing(true);

  const kindTold = form.preset !== null && form.kindBasis !== null && form.kindBasis !== 'person';
  const checking = valid && online && !facts && form.preset === null;
  const showChoice = valid && (choosing || (!checking && (form.preset === null || form.kindBasis === 'person')));
  const choose = (preset: PresetId) => dispatch({ type: 'choose-preset', preset });

  return (
    <StepLayout
      step="address"
      title={t('wizard.address.title')}
      lead={t('wizard.address.lead')}
      onNext={() => dispatch({ type: 'next' })}
      nextDisabled={!valid || form.preset === null}
      actions={
        <Button variant="quiet" onClick={onPasteError}>
          {t('paste.open')}
        </Button>
      }
    >
      <div className={styles.field}>
        <label htmlFor={inputId}>{t('wizard.address.label')}</label>
        <input
          id={inputId}
          ref={input}
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
      <div aria-live="polite" data-testid="account-kind">
        {valid && kindTold && !choosing && form.preset && (
          <div className={styles.notice}>
            <p>
              {t('wizard.address.kind.label')} <strong data-testid="account-kind-name">{t(PRESET_TITLE_KEYS[form.preset])}</strong>
            </p>
            <p className={styles.hint} data-testid="domain-check">
              {form.kindBasis === 'mail-records' && form.preset === 'microsoft365'
                ? t('wizard.address.domainMicrosoft', { domain })
                : form.kindBasis && form.kindBasis !== 'person'
                  ? t(KIND_BASIS[form.kindBasis], { domain, address: form.address.trim() })
                  : null}
            </p>
            {!locked && (
              <Button variant="quiet" onClick={chooseKind}>
                {t('wizard.address.kind.change')}
              </Button>
            )}
          </div>
        )}
        {checking && !choosing && (
          // A slow answer (DNS, Microsoft's service) never holds the person up: they can choose now.
          <div className={styles.row}>
            <p className={styles.hint}>{t('wizard.address.domainChecking', { domain })}</p>
            <Button variant="quiet" onClick={chooseKind}>
              {t('wizard.address.kind.chooseNow')}
            </Button>
          </div>
        )}
        {showChoice && form.preset === null && facts && <p data-testid="domain-check">{t('wizard.address.kind.ask', { domain })}</p>}
      </div>
      {showChoice && <AccountKindChoice ref={kinds} selected={form.preset} {...(allowed ? { allowed } : {})} locked={locked} onSelect={choose} />}
    </StepLayout>
  );
}
