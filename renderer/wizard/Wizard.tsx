import { useEffect } from 'react';
import type { LockableField, OrgDefaults } from '../../shared/profile';
import { useDomainCheck } from './useDomainCheck';
import { AddressStep } from './AddressStep';
import { ResultStep } from './ResultStep';
import { SettingsStep } from './SettingsStep';
import { SignInStep } from './SignInStep';
import { StepProgress } from './StepLayout';
import { TestStep } from './TestStep';
import { useProbeRunner } from './useProbeRunner';
import { visibleSteps, type WizardAction, type WizardForm, type WizardState } from './wizard-state';

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
    if (!orgDefaults) return;
    const kinds = {
      tenantDomain: orgDefaults.tenantDomain ?? null,
      defaultPreset: orgDefaults.defaultPreset ?? null,
      allowed: orgDefaults.presets ?? null,
      locked: orgDefaults.lockedFields.includes('preset'),
    };
    dispatch({ type: 'org-defaults', relayHost: orgDefaults.relayHost ?? null, kinds });
  }, [orgDefaults, dispatch]);
  const locked: readonly LockableField[] = orgDefaults?.lockedFields ?? [];
  /** `patch`: settings the result changed in place (a port that works, the right security), tested at once. */
  const retest = (patch?: Partial<Pick<WizardForm, 'port' | 'security'>>) => {
    if (patch?.port !== undefined) dispatch({ type: 'set-port', port: patch.port });
    if (patch?.security !== undefined) dispatch({ type: 'set-security', security: patch.security });
    // A password is asked for again after a pass; a Microsoft sign-in is reused silently while main keeps it.
    if ((form.authMethod === 'password' && !form.password) || (form.authMethod === 'oauth2' && !form.oauthAccount)) dispatch({ type: 'go', to: 'signin', ...(form.authMethod === 'password' ? { focus: 'password' as const } : {}) });
    else void runner.start(patch);
  };

  return <StepProgress.Provider value={visibleSteps(form)}>{renderStep()}</StepProgress.Provider>;

  function renderStep() {
    switch (step.name) {
      case 'address':
        return <AddressStep form={form} online={online} dispatch={dispatch} onPasteError={onPasteError} />;
      case 'settings':
        return <SettingsStep form={form} advanced={step.advanced} locked={locked} dispatch={dispatch} />;
      case 'signin':
        return <SignInStep form={form} showPassword={step.showPassword} focus={step.focus} dispatch={dispatch} />;
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
}
