import { useEffect } from 'react';
import type { LockableField, OrgDefaults } from '../../shared/profile';
import { useDomainCheck } from './useDomainCheck';
import { AccountTypeStep } from './AccountTypeStep';
import { AddressStep } from './AddressStep';
import { ResultStep } from './ResultStep';
import { SettingsStep } from './SettingsStep';
import { SignInStep } from './SignInStep';
import { TestStep } from './TestStep';
import { useProbeRunner } from './useProbeRunner';
import type { WizardAction, WizardState } from './wizard-state';

export interface WizardProps {
  state: WizardState;
  dispatch: (action: WizardAction) => void;
  online: boolean;
  orgDefaults?: OrgDefaults;
  onPasteError: () => void;
  onExport: (runId: string) => void;
  onSaved: () => void;
  /** The export screen from the form as it is, without a test (offline, first start). */
  onSetUpMailApp?: () => void;
}

/** The step-by-step flow; state lives with the caller so other screens can come and go. */
export function Wizard({ state, dispatch, online, orgDefaults, onPasteError, onExport, onSaved, onSetUpMailApp }: WizardProps) {
  const { form, step } = state;
  const runner = useProbeRunner(state, dispatch);
  useDomainCheck(form.address, online, dispatch);
  useEffect(() => {
    if (orgDefaults) dispatch({ type: 'org-defaults', relayHost: orgDefaults.relayHost ?? null, defaultPreset: orgDefaults.defaultPreset ?? null });
  }, [orgDefaults, dispatch]);
  const locked: readonly LockableField[] = orgDefaults?.lockedFields ?? [];
  const retest = () => {
    // A password is asked for again after a pass; a Microsoft sign-in is reused silently while main keeps it.
    if ((form.authMethod === 'password' && !form.password) || (form.authMethod === 'oauth2' && !form.oauthAccount)) dispatch({ type: 'go', to: 'signin' });
    else void runner.start();
  };

  switch (step.name) {
    case 'account':
      return (
        <AccountTypeStep
          selected={form.preset}
          allowed={orgDefaults?.presets}
          locked={locked.includes('preset')}
          onSelect={(preset) => dispatch({ type: 'choose-preset', preset })}
          onNext={() => dispatch({ type: 'next' })}
          onPasteError={onPasteError}
        />
      );
    case 'address':
      return <AddressStep form={form} dispatch={dispatch} />;
    case 'settings':
      return <SettingsStep form={form} advanced={step.advanced} locked={locked} dispatch={dispatch} />;
    case 'signin':
      return <SignInStep form={form} showPassword={step.showPassword} dispatch={dispatch} />;
    case 'test':
      return (
        <TestStep
          form={form}
          run={step.run}
          online={online}
          dispatch={dispatch}
          onStart={() => void runner.start()}
          onCancel={() => void runner.cancel()}
          onPasteError={onPasteError}
          onSetUpMailApp={onSetUpMailApp}
        />
      );
    case 'result':
      return (
        <ResultStep
          form={form}
          result={step.result}
          dispatch={dispatch}
          onRetest={retest}
          onPasteError={onPasteError}
          onExport={() => onExport(step.result.runId)}
          onSaved={onSaved}
        />
      );
  }
}
