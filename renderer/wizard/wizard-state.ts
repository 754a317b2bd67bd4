/**
 * The wizard as one reducer: what the person typed lives in `form` (kept across
 * Back/Next, which follow STEP_ORDER), and each step has its own state shape in `step`.
 * The reducer owns a run's lifecycle (starting → running → result): the page picks the
 * run id before it asks main to start, so events of that run are taken from the first
 * one on, and events of any other run (a cancelled or earlier one) are ignored.
 */
import type { SignedInAccount } from '../../shared/oauth';
import { guessMicrosoftMxHost, PRESETS, securityForPort } from '../../shared/presets';
import type { AuthMethod, PresetId, ProbeEvent, ProbeResult, Security, StageDetail, StageId, StageResult } from '../../shared/types';

export const STEP_ORDER = ['account', 'address', 'settings', 'signin', 'test', 'result'] as const;
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
  /** The relay host IT set in the organisation defaults, if any. */
  orgRelayHost: string | null;
}

export interface DomainFacts {
  domain: string;
  provider: 'microsoft365' | 'outlook-com' | 'other' | 'unknown';
  /** The tenant's MX host (relay and Direct Send), when the domain is on Microsoft 365. */
  relayHost: string | null;
  /** True when the check changed the kind of account the person had picked. */
  switchedPreset: boolean;
}

export interface StageView {
  id: StageId;
  status: 'pending' | 'running' | StageResult['status'];
  durationMs?: number;
  detail?: StageDetail;
}

type LiveRun = { runId: string; stages: StageView[] };

export type StepState =
  | { name: 'account' }
  | { name: 'address' }
  | { name: 'settings'; advanced: boolean }
  | { name: 'signin'; showPassword: boolean }
  | { name: 'test'; run: { status: 'idle' } | ({ status: 'starting' } & LiveRun) | ({ status: 'running' } & LiveRun) | { status: 'error'; message: string } }
  | { name: 'result'; result: ProbeResult };

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
  | { type: 'go'; to: NavigableStep }
  /** The page chose a run id and is about to ask main to start it (from the test or the result step). */
  | { type: 'probe-starting'; runId: string; plan: StageId[] }
  | { type: 'probe-started'; runId: string }
  | { type: 'probe-failed-to-start'; runId: string; message: string }
  | { type: 'probe-event'; event: ProbeEvent }
  | { type: 'domain-checked'; facts: Omit<DomainFacts, 'switchedPreset'> }
  | { type: 'org-defaults'; relayHost: string | null; defaultPreset: PresetId | null };

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
  orgRelayHost: null,
};

export const initialWizardState = (): WizardState => ({ form: { ...INITIAL_FORM }, step: { name: 'account' } });

function freshStep(name: NavigableStep): StepState {
  switch (name) {
    case 'settings':
      return { name, advanced: false };
    case 'signin':
      return { name, showPassword: false };
    case 'test':
      return { name, run: { status: 'idle' } };
    default:
      return { name };
  }
}

function isLive(step: StepState): step is Extract<StepState, { name: 'test' }> & { run: { status: 'starting' | 'running' } & LiveRun } {
  return step.name === 'test' && (step.run.status === 'starting' || step.run.status === 'running');
}

function navigate(state: WizardState, to: NavigableStep | null): WizardState {
  // A running test is left only by cancelling it.
  if (to === null || isLive(state.step)) return state;
  return { form: to === 'settings' ? withRelayHost(state.form) : state.form, step: freshStep(to) };
}

function applyPreset(form: WizardForm, presetId: PresetId): WizardForm {
  const preset = PRESETS[presetId];
  // Microsoft presets list sign-in with Microsoft first: it is what their mail apps use.
  const authMethod: AuthMethod = preset.authMethods.includes('oauth2') ? 'oauth2' : preset.authMethods.includes('password') ? 'password' : (preset.authMethods[0] ?? 'none');
  if (form.customised && form.preset === presetId) return form;
  // A sign-in belongs to the kind of account it was made for (work or personal).
  const oauthAccount = form.preset === presetId ? form.oauthAccount : null;
  // Relay and smart-host presets have no fixed host: IT's relay host fills it when set.
  const host = preset.host ?? (presetId === 'smart-host' || presetId === 'microsoft365-relay' ? (form.orgRelayHost ?? '') : '');
  return { ...form, preset: presetId, host, port: preset.port, security: preset.security, authMethod, oauthAccount, customised: false };
}

/** Relay and Direct Send go to the tenant's MX host; until discover confirms it, use Microsoft's naming. */
function withRelayHost(form: WizardForm): WizardForm {
  const domain = form.address.split('@')[1];
  if (form.preset !== 'microsoft365-relay' || form.customised || form.orgRelayHost || !domain) return form;
  const checked = form.domain?.domain === domain.toLowerCase() ? form.domain.relayHost : null;
  return { ...form, host: checked ?? guessMicrosoftMxHost(domain) };
}

/**
 * The DNS answer pre-selects the kind of account: a personal Outlook.com domain and a
 * Microsoft 365 domain need different servers and sign-in. Other choices (relay, custom)
 * are deliberate and left alone.
 */
function onDomainChecked(form: WizardForm, facts: Omit<DomainFacts, 'switchedPreset'>): WizardForm {
  if (form.address.split('@')[1]?.toLowerCase() !== facts.domain) return form; // a stale answer
  const switchTo =
    facts.provider === 'outlook-com' && form.preset !== 'outlook-com' && (form.preset === null || form.preset === 'microsoft365')
      ? 'outlook-com'
      : facts.provider === 'microsoft365' && (form.preset === null || form.preset === 'outlook-com')
        ? 'microsoft365'
        : null;
  const next = switchTo ? applyPreset(form, switchTo) : form;
  return { ...next, domain: { ...facts, switchedPreset: switchTo !== null } };
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
      return { ...state, form: applyPreset(form, action.preset) };
    case 'edit':
      return { ...state, form: { ...form, ...action.patch } };
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
      return navigate(state, to === 'result' ? null : to);
    }
    case 'go':
      return navigate(state, action.to);
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
      const withHost = { ...form, orgRelayHost: action.relayHost };
      return { ...state, form: action.defaultPreset && form.preset === null ? applyPreset(withHost, action.defaultPreset) : withHost };
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
