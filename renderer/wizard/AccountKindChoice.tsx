import { useId, type Ref } from 'react';
import type { PresetId } from '../../shared/types';
import { Choice } from '../app/Choice';
import { useT } from '../i18n/I18nProvider';
import { PRIMARY_KINDS, SECONDARY_KINDS } from './account-kinds';
import styles from './AccountKindChoice.module.css';
import wizardStyles from './Wizard.module.css';
import { PRESET_HINT_KEYS, PRESET_TITLE_KEYS } from '../../shared/i18n/value-keys';

export interface AccountKindChoiceProps {
  selected: PresetId | null;
  /** Presets the organisation allows; all when undefined. */
  allowed?: readonly PresetId[];
  /** IT fixed the kind of account in the organisation defaults. */
  locked?: boolean;
  onSelect: (preset: PresetId) => void;
  ref?: Ref<HTMLFieldSetElement>;
}

/** "What kind of email account is it?", on the address step when the address does not tell or the person changes the guess. */
export function AccountKindChoice({ selected, allowed, locked = false, onSelect, ref }: AccountKindChoiceProps) {
  const { t } = useT();
  const groupId = useId();

  const visible = (ids: readonly PresetId[]) => ids.filter((id) => !allowed || allowed.includes(id));
  const option = (id: PresetId) => (
    // The name is the kind of account; the hint is its description (Choice wires aria-describedby).
    <Choice
      key={id}
      type="radio"
      name={groupId}
      value={id}
      checked={selected === id}
      disabled={locked && selected !== id}
      onChange={() => onSelect(id)}
      label={t(PRESET_TITLE_KEYS[id])}
      hint={t(PRESET_HINT_KEYS[id])}
    />
  );
  const secondary = visible(SECONDARY_KINDS);

  return (
    <fieldset ref={ref} className={wizardStyles.fieldset} data-testid="account-kind-choice">
      <legend>{t('welcome.question')}</legend>
      {locked && <p className={styles.optionHint}>{t('wizard.lockedByIt')}</p>}
      {visible(PRIMARY_KINDS).map(option)}
      {secondary.length > 0 && (
        <details className={styles.more} open={secondary.includes(selected as PresetId)}>
          <summary>{t('welcome.more')}</summary>
          {secondary.map(option)}
        </details>
      )}
    </fieldset>
  );
}
