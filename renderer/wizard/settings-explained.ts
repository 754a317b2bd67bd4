/**
 * What the settings step says next to each value. While a value is the one the kind of
 * account recommends, it gives the reason for it; once the person changed it, it says so
 * (and what was recommended) and explains the value they chose instead, so the step never
 * calls a changed value "recommended". Pure: the form in, message keys out.
 */
import type { MessageKey, MessageParams } from '../../shared/i18n';
import { isMicrosoftHost, PRESETS, securityForPort } from '../../shared/presets';
import type { Security } from '../../shared/types';
import type { WizardForm } from './wizard-state';

export interface Words {
  key: MessageKey;
  params?: MessageParams;
  /** Parameters that are words themselves (a security mode's name), translated first. */
  words?: Readonly<Record<string, MessageKey>>;
}

/** Words → text with the caller's translator. */
export function say(t: (key: MessageKey, params?: MessageParams) => string, words: Words): string {
  const nested = Object.fromEntries(Object.entries(words.words ?? {}).map(([name, key]) => [name, t(key)]));
  return t(words.key, { ...words.params, ...nested });
}

export interface ValueExplained {
  /** The recommended value in words, when the person changed it; null while it is the recommended one. */
  changedFrom: Words | null;
  /** Why this value (the recommended one), or what the person's own value means. */
  meaning: Words;
}

export interface SettingsExplained {
  /** True once any value differs from what the kind of account recommends. */
  changed: boolean;
  title: MessageKey;
  lead: MessageKey;
  server: ValueExplained;
  port: ValueExplained;
  security: ValueExplained;
}

const SECURITY_NAME: Readonly<Record<Security, MessageKey>> = {
  starttls: 'wizard.settings.security.starttls',
  tls: 'wizard.settings.security.tls',
  none: 'wizard.settings.security.none',
};

const SECURITY_REASON: Readonly<Record<Security, MessageKey>> = {
  starttls: 'wizard.settings.reason.security.starttls',
  tls: 'wizard.settings.reason.security.tls',
  none: 'wizard.settings.reason.security.none',
};

const PORT_REASON: Readonly<Record<number, MessageKey>> = {
  587: 'wizard.settings.reason.port.587',
  25: 'wizard.settings.reason.port.25',
  465: 'wizard.settings.reason.port.465',
};

function serverReason(form: WizardForm): MessageKey {
  if (form.preset === 'microsoft365-relay') return 'wizard.settings.reason.server.relay';
  return form.preset && PRESETS[form.preset].microsoft ? 'wizard.settings.reason.server.microsoft' : 'wizard.settings.reason.server.custom';
}

const sameHost = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function explainSettings(form: WizardForm): SettingsExplained {
  const preset = form.preset ? PRESETS[form.preset] : null;
  // A preset without a fixed host (relay, custom) recommends none: the host is the person's or IT's.
  const hostChanged = preset?.host != null && form.host.trim() !== '' && !sameHost(form.host, preset.host);
  const portChanged = preset !== null && form.port !== preset.port;
  const securityChanged = preset !== null && form.security !== preset.security;

  const server: ValueExplained = hostChanged
    ? {
        changedFrom: { key: 'wizard.settings.yours.changedFrom', params: { recommended: preset.host ?? '' } },
        meaning: { key: isMicrosoftHost(form.host) ? 'wizard.settings.yours.server.microsoft' : 'wizard.settings.yours.server.other', params: { host: form.host.trim(), recommended: preset.host ?? '' } },
      }
    : { changedFrom: null, meaning: { key: serverReason(form) } };

  const portMeaning = PORT_REASON[form.port];
  const port: ValueExplained = portChanged
    ? {
        changedFrom: { key: 'wizard.settings.yours.changedFrom', params: { recommended: preset.port } },
        meaning:
          form.port === 465 && isMicrosoftHost(form.host)
            ? // The finding's own words (shared/findings catalogue) for what a test would find.
              { key: 'wizard.settings.yours.port.465-microsoft', words: { what: 'wizard.settings.reason.port.465', why: 'finding.tls.port-465-unsupported.title' } }
            : portMeaning
              ? { key: portMeaning }
              : { key: 'wizard.settings.yours.port.other', params: { port: form.port } },
      }
    : { changedFrom: null, meaning: { key: portMeaning ?? 'wizard.settings.reason.port.other' } };

  // A security mode that does not match the port stops the test at the start of encryption.
  const expected = securityForPort(form.port);
  const mismatch = form.security !== 'none' && form.security !== expected;
  const security: ValueExplained = securityChanged
    ? {
        changedFrom: { key: 'wizard.settings.yours.changedFrom', words: { recommended: SECURITY_NAME[preset.security] } },
        meaning: mismatch
          ? { key: 'wizard.settings.yours.security.mismatch', params: { port: form.port }, words: { expected: SECURITY_NAME[expected], chosen: SECURITY_NAME[form.security] } }
          : { key: SECURITY_REASON[form.security] },
      }
    : { changedFrom: null, meaning: { key: SECURITY_REASON[form.security] } };

  const changed = hostChanged || portChanged || securityChanged;
  return {
    changed,
    title: changed ? 'wizard.settings.title.changed' : 'wizard.settings.title',
    lead: changed ? 'wizard.settings.lead.changed' : 'wizard.settings.lead',
    server,
    port,
    security,
  };
}
