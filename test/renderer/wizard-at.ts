import { initialWizardState, wizardReducer, type WizardState } from '../../renderer/wizard/wizard-state';

/** The wizard at `step` with a Microsoft 365 address and a password filled in (`form` overrides the form). */
export const at = (step: WizardState['step'], form: Partial<WizardState['form']> = {}): WizardState => {
  const base = [
    { type: 'choose-preset', preset: 'microsoft365' },
    { type: 'edit', patch: { address: 'sam@contoso.com', authMethod: 'password', password: 'pw', ...form } },
  ] as const;
  return { ...base.reduce(wizardReducer, initialWizardState()), step };
};
