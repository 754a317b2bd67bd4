/**
 * The wizard as one reducer, address first: the address proposes the kind of account
 * (shared/account-guess.ts), from its domain alone where it can and from main's domain
 * check otherwise; a kind the person or IT chose is never replaced by a guess. What the
 * person typed lives in `form` (kept across Back/Next, which follow STEP_ORDER), and each
 * step has its own state shape in `step`.
 * The reducer owns a run's lifecycle (starting → running → result): the page picks the
 * run id before it asks main to start, so events of that run are taken from the first
 * one on, and events of any other run (a cancelled or earlier one) are ignored.
 */
import type { KindBasis } from '../../shared/account-guess';
import type { SignedInAccount } from '../../shared/oauth';
import { PRESETS, securityForPort } from '../../shared/presets';
import { applyPreset, onAddress, onDomainChecked, withRelayHost } from './form-kind';
import type { AuthMethod, PresetId, ProbeEvent, ProbeResult, Security, StageDetail, StageId, StageResult } from '../../shared/types';

export const STEP_ORDER = ['address', 'settings', 'signin', 'test', 'result'] as const;
export type StepName = (typeof STEP_ORDER)[number];
/** Every step but the result, which only a finished probe opens. */
export type NavigableStep = Exclude<StepName, 'result'>;

export interface WizardForm {
  preset: PresetId | null;
  address: string;
  host: string;
  port: number;
  security: Security;
  /** Sign-in name; empty means "same as the address". */
  user: string;
  authMethod: AuthMethod;
  password: string;
  /** The Microsoft account the test signs in as (who, never a token); null until signed in. */
  oauthAccount: SignedInAccount | null;
  remember: boolean;
  sendTestMessage: boolean;
  /** True once the person edited host/port/security, so a preset change does not overwrite them. */
  customised: boolean;
  /** What the background DNS check found for the address's domain. */
  domain: DomainFacts | null;
  /** Why `preset` is what it is: a guess from the address (its basis), IT's default, or the person's choice. */
  kindBasis: KindBasis | 'org' | 'person' | null;
  /** The relay host IT set in the organisation defaults, if any. */
  orgRelayHost: string | null;
  /** What IT's defaults say about the kind of account (none: any kind, no default). */
  orgKinds: OrgKinds;
}

export interface OrgKinds {
  /** The organisation's mail domain: its addresses are Microsoft 365, offline too. */
  tenantDomain: string | null;
  defaultPreset: PresetId | null;
  /** The kinds IT offers; null: all. */
  allowed: readonly PresetId[] | null;
  /** IT fixed the kind: no guess changes it. */
  locked: boolean;
}

export interface DomainFacts {
  domain: string;
  provider: 'microsoft365' | 'outlook-com' | 'other' | 'unknown';
  /** The tenant's MX host (relay and Direct Send), when the domain is on Microsoft 365. */
  relayHost: string | null;
  /** Microsoft's Autodiscover service knew the address (the records alone did not say Microsoft). */
  viaService: boolean;
}

export interface StageView {
  id: StageId;
  status: 'pending' | 'running' | StageResult['status'];
  durationMs?: number;
  detail?: StageDetail;
}

type LiveRun = { runId: string; stages: StageView[] };

export type StepState =
  | { name: 'address' }
  | { name: 'settings'; advanced: boolean }
  /** `focus`: what the result sent the person here to do (type the password, sign in with Microsoft). */
  | { name: 'signin'; showPassword: boolean; focus?: SignInFocus }
  | { name: 'test'; run: { status: 'idle' } | ({ status: 'starting' } & LiveRun) | ({ status: 'running' } & LiveRun) | { status: 'error'; message: string } }
  | { name: 'result'; result: ProbeResult };

export type SignInFocus = 'password' | 'microsoft';

export interface WizardState {
  form: WizardForm;
  step: StepState;
}

export type WizardAction =
  | { type: 'choose-preset'; preset: PresetId }
  | { type: 'edit'; patch: Partial<Pick<WizardForm, 'address' | 'host' | 'user' | 'password' | 'remember' | 'sendTestMessage' | 'authMethod'>> }
  /** Signed in with Microsoft (or signed out: null). */
  | { type: 'oauth-account'; account: SignedInAccount | null }
  | { type: 'set-port'; port: number }
  | { type: 'set-security'; security: Security }
  | { type: 'toggle-advanced' }
  | { type: 'toggle-show-password' }
  /** Back and Next move along STEP_ORDER. */
  | { type: 'back' }
  | { type: 'next' }
  /** A jump that is not Back/Next, e.g. from the result to the password. */
  | { type: 'go'; to: NavigableStep; focus?: SignInFocus }
  /** From a result: sign in with Microsoft instead of the password the server refused. */
  | { type: 'use-microsoft-sign-in' }
  /** The page chose a run id and is about to ask main to start it (from the test or the result step). */
  | { type: 'probe-starting'; runId: string; plan: StageId[] }
  | { type: 'probe-started'; runId: string }
  | { type: 'probe-failed-to-start'; runId: string; message: string }
  | { type: 'probe-event'; event: ProbeEvent }
  | { type: 'domain-checked'; facts: DomainFacts }
  | { type: 'org-defaults'; relayHost: string | null; kinds?: OrgKinds; defaultPreset?: PresetId | null };

export const INITIAL_FORM: WizardForm = {
  preset: null,
  address: '',
  host: '',
  port: 587,
  security: 'starttls',
  user: '',
  authMethod: 'password',
  password: '',
  oauthAccount: null,
  remember: false,
  sendTestMessage: false,
  customised: false,
  domain: null,
  kindBasis: null,
  orgRelayHost: null,
  orgKinds: { tenantDomain: null, defaultPreset: null, allowed: null, locked: false },
};

export const initialWizardState = (): WizardState => ({ form: { ...INITIAL_FORM }, step: { name: 'address' } });

function freshStep(name: NavigableStep, focus?: SignInFocus): StepState {
  switch (name) {
    case 'settings':
      return { name, advanced: false };
    case 'signin':
      return { name, showPassword: false, ...(focus ? { focus } : {}) };
    case 'test':
      return { name, run: { status: 'idle' } };
    default:
      return { name };
  }
}

function isLive(step: StepState): step is Extract<StepState, { name: 'test' }> & { run: { status: 'starting' | 'running' } & LiveRun } {
  return step.name === 'test' && (step.run.status === 'starting' || step.run.status === 'running');
}

function navigate(state: WizardState, to: NavigableStep | null, focus?: SignInFocus): WizardState {
  // A running test is left only by cancelling it.
  if (to === null || isLive(state.step)) return state;
  return { form: to === 'settings' ? withRelayHost(state.form) : state.form, step: freshStep(to, focus) };
}

/**
 * The settings step is passed over on the way forward when the kind of account fixes
 * every value (Microsoft 365, Outlook.com…) and nobody changed one: it would only say
 * "filled in for you". Back from the sign-in step still shows it, to change them.
 */
export function settingsFixed(form: WizardForm): boolean {
  return form.preset !== null && PRESETS[form.preset].host !== null && !form.customised;
}

/** The steps this form goes through, for "Step N of M". */
export function visibleSteps(form: WizardForm): readonly StepName[] {
  return settingsFixed(form) ? STEP_ORDER.filter((s) => s !== 'settings') : STEP_ORDER;
}

function updateStage(stages: StageView[], id: StageId, patch: Partial<StageView>): StageView[] {
  return stages.some((s) => s.id === id) ? stages.map((s) => (s.id === id ? { ...s, ...patch } : s)) : [...stages, { id, status: 'pending', ...patch }];
}

function onProbeEvent(state: WizardState, event: ProbeEvent): WizardState {
  const { step } = state;
  if (!isLive(step) || step.run.runId !== event.runId) return state;
  const run = step.run;
  switch (event.type) {
    case 'stage-start':
      return { ...state, step: { ...step, run: { ...run, stages: updateStage(run.stages, event.stage, { status: 'running' }) } } };
    case 'stage-end': {
      const { id, status, durationMs, detail } = event.stage;
      return { ...state, step: { ...step, run: { ...run, stages: updateStage(run.stages, id, { status, durationMs, detail }) } } };
    }
    case 'done': {
      // The password has done its job once the test passed; a failed sign-in asks for it again.
      const clearPassword = event.result.verdict === 'pass' || event.result.findings.includes('auth.bad-credentials');
      return { form: clearPassword ? { ...state.form, password: '' } : state.form, step: { name: 'result', result: event.result } };
    }
  }
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  const { form, step } = state;
  switch (action.type) {
    case 'choose-preset':
      return { ...state, form: { ...applyPreset(form, action.preset), kindBasis: 'person' } };
    case 'edit': {
      const { address, ...rest } = action.patch;
      return { ...state, form: { ...(address === undefined ? form : onAddress(form, address)), ...rest } };
    }
    case 'oauth-account':
      return { ...state, form: { ...form, oauthAccount: action.account } };
    case 'set-port':
      // Choosing a port sets the matching security: 465 is implicit TLS, the others STARTTLS.
      return { ...state, form: { ...form, port: action.port, security: securityForPort(action.port), customised: true } };
    case 'set-security':
      return { ...state, form: { ...form, security: action.security, customised: true } };
    case 'toggle-advanced':
      return step.name === 'settings' ? { ...state, step: { ...step, advanced: !step.advanced } } : state;
    case 'toggle-show-password':
      return step.name === 'signin' ? { ...state, step: { ...step, showPassword: !step.showPassword } } : state;
    case 'back':
      return navigate(state, previousStep(step.name));
    case 'next': {
      const to = nextStep(step.name);
      return navigate(state, to === 'result' ? null : to === 'settings' && settingsFixed(form) ? 'signin' : to);
    }
    case 'go':
      return navigate(state, action.to, action.focus);
    case 'use-microsoft-sign-in':
      return navigate({ ...state, form: { ...form, authMethod: 'oauth2' } }, 'signin', 'microsoft');
    case 'probe-starting':
      if (isLive(step) || (step.name !== 'test' && step.name !== 'result')) return state;
      return { ...state, step: { name: 'test', run: { status: 'starting', runId: action.runId, stages: action.plan.map((id) => ({ id, status: 'pending' })) } } };
    case 'probe-started':
      if (!isLive(step) || step.run.runId !== action.runId || step.run.status !== 'starting') return state;
      return { ...state, step: { ...step, run: { ...step.run, status: 'running' } } };
    case 'probe-failed-to-start':
      if (!isLive(step) || step.run.runId !== action.runId) return state;
      return { ...state, step: { ...step, run: { status: 'error', message: action.message } } };
    case 'probe-event':
      return onProbeEvent(state, action.event);
    case 'domain-checked':
      return { ...state, form: onDomainChecked(form, action.facts) };
    case 'org-defaults': {
      const kinds = action.kinds ?? { ...INITIAL_FORM.orgKinds, defaultPreset: action.defaultPreset ?? null };
      const withHost = { ...form, orgRelayHost: action.relayHost, orgKinds: kinds };
      const preset = kinds.defaultPreset;
      return { ...state, form: preset && form.preset === null ? { ...applyPreset(withHost, preset), kindBasis: 'org' } : withHost };
    }
  }
}

export function stepIndex(name: StepName): number {
  return STEP_ORDER.indexOf(name);
}

export function previousStep(name: StepName): NavigableStep | null {
  const i = stepIndex(name);
  return i > 0 ? ((STEP_ORDER[i - 1] as NavigableStep | undefined) ?? null) : null;
}

export function nextStep(name: StepName): StepName | null {
  return STEP_ORDER[stepIndex(name) + 1] ?? null;
}
