/**
 * How the form's kind of account follows what is known: a chosen preset fills its
 * settings, the address's domain proposes a kind at once (offline), main's domain check
 * proposes one a moment later, and a relay takes the tenant's MX host. A kind the person
 * or IT chose is never replaced by a guess. Pure functions of the form, used by the
 * wizard's reducer (wizard-state.ts).
 */
import { guessKindFromCheck, guessKindOffline, type KindGuess } from '../../shared/account-guess';
import { guessMicrosoftMxHost, PRESETS } from '../../shared/presets';
import type { AuthMethod, PresetId } from '../../shared/types';
import type { DomainFacts, WizardForm } from './wizard-state';

const domainOfAddress = (address: string) => address.trim().split('@')[1]?.toLowerCase() ?? '';

export function applyPreset(form: WizardForm, presetId: PresetId): WizardForm {
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
export function withRelayHost(form: WizardForm): WizardForm {
  const domain = domainOfAddress(form.address);
  if (form.preset !== 'microsoft365-relay' || form.customised || form.orgRelayHost || !domain) return form;
  const checked = form.domain?.domain === domain ? form.domain.relayHost : null;
  return { ...form, host: checked ?? guessMicrosoftMxHost(domain) };
}

/** A guess replaces an earlier guess or IT's default, never the person's choice or a kind IT fixed. */
const guessable = (form: WizardForm) => form.kindBasis !== 'person' && !form.orgKinds.locked;
const offered = (form: WizardForm, preset: PresetId) => !form.orgKinds.allowed || form.orgKinds.allowed.includes(preset);

function applyGuess(form: WizardForm, guess: KindGuess | null): WizardForm {
  if (guess && offered(form, guess.preset)) return { ...applyPreset(form, guess.preset), kindBasis: guess.basis };
  // No guess for this domain: back to IT's default, or to asking.
  const fallback = form.orgKinds.defaultPreset;
  if (form.kindBasis === null || form.kindBasis === 'org') return form;
  return fallback ? { ...applyPreset(form, fallback), kindBasis: 'org' } : { ...form, preset: null, kindBasis: null };
}

/** Typing the address: what its domain alone says, at once and offline. */
export function onAddress(form: WizardForm, address: string): WizardForm {
  const next = { ...form, address };
  if (!guessable(form) || domainOfAddress(address) === domainOfAddress(form.address)) return next;
  return applyGuess(next, guessKindOffline(domainOfAddress(address), { tenantDomain: form.orgKinds.tenantDomain ?? undefined }));
}

/**
 * Main's answer proposes the kind when the domain's name did not: a personal Outlook.com
 * domain and a Microsoft 365 domain need different servers and sign-in. A kind the
 * person or IT chose, or one the name alone settled, is left alone.
 */
export function onDomainChecked(form: WizardForm, facts: DomainFacts): WizardForm {
  if (domainOfAddress(form.address) !== facts.domain) return form; // a stale answer
  const withFacts = { ...form, domain: facts };
  // The name alone settled it (a personal or .onmicrosoft.com domain, IT's own domain).
  const byName = form.kindBasis === 'consumer-domain' || form.kindBasis === 'initial-domain' || form.kindBasis === 'organisation';
  if (!guessable(form) || byName) return withFacts;
  const guess = guessKindFromCheck(facts.provider, facts.viaService, facts.relayHost);
  return guess ? applyGuess(withFacts, guess) : withFacts;
}
