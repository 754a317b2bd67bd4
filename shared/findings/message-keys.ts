import type { MessageKey } from '../i18n';
import type { FixedBy, Severity } from './catalogue-entry';
import type { FindingId } from './ids';
import { STEP_KEYS } from './step-keys';

type Part = 'title' | 'explanation' | 'admin';
type PartKey<P extends Part> = `finding.${FindingId}.${P}`;

// Compile-time proof that every finding id has its title, explanation and admin message:
// a new id without words fails the type check here, not at run time on a screen.
type MissingKeys = Exclude<PartKey<Part>, MessageKey>;
export const EVERY_FINDING_HAS_ITS_WORDS: [MissingKeys] extends [never] ? true : MissingKeys = true;

export interface FindingKeys {
  title: PartKey<'title'> & MessageKey;
  explanation: PartKey<'explanation'> & MessageKey;
  steps: readonly MessageKey[];
  admin: PartKey<'admin'> & MessageKey;
}

/** The i18n keys of one finding, each a literal the type checker knows. */
export function findingKeys(id: FindingId): FindingKeys {
  return {
    title: `finding.${id}.title` as const,
    explanation: `finding.${id}.explanation` as const,
    steps: STEP_KEYS[id],
    admin: `finding.${id}.admin` as const,
  };
}

export const SEVERITY_KEYS = {
  error: 'finding.severity.error',
  warning: 'finding.severity.warning',
  info: 'finding.severity.info',
} as const satisfies Record<Severity, MessageKey>;

export const WHO_KEYS = {
  you: 'finding.who.you',
  'it-admin': 'finding.who.it-admin',
  network: 'finding.who.network',
  microsoft: 'finding.who.microsoft',
  wait: 'finding.who.wait',
} as const satisfies Record<FixedBy, MessageKey>;

/** Who sends the mail: this app (a live test), or what a pasted text shows. */
export type SenderKind = 'this-app' | 'website' | 'device' | 'mail-app' | 'unknown';

export const SENDER_KEYS = {
  'this-app': { plain: 'finding.sender.this-app', named: 'finding.sender.this-app' },
  website: { plain: 'finding.sender.website', named: 'finding.sender.website.named' },
  device: { plain: 'finding.sender.device', named: 'finding.sender.device.named' },
  'mail-app': { plain: 'finding.sender.mail-app', named: 'finding.sender.mail-app.named' },
  unknown: { plain: 'finding.sender.unknown', named: 'finding.sender.unknown' },
} as const satisfies Record<SenderKind, { plain: MessageKey; named: MessageKey }>;

/** "Check an error message": who sent the pasted text, in neutral words (not the person's "our …"). */
export const DETECTED_SENDER_KEYS = {
  'this-app': { plain: 'paste.sender.detected.this-app', named: 'paste.sender.detected.this-app' },
  website: { plain: 'paste.sender.detected.website', named: 'paste.sender.detected.website.named' },
  device: { plain: 'paste.sender.detected.device', named: 'paste.sender.detected.device.named' },
  'mail-app': { plain: 'paste.sender.detected.mail-app', named: 'paste.sender.detected.mail-app.named' },
  unknown: { plain: 'paste.sender.detected.unknown', named: 'paste.sender.detected.unknown' },
} as const satisfies Record<SenderKind, { plain: MessageKey; named: MessageKey }>;

interface VariantKeys {
  steps: readonly MessageKey[];
  admin: MessageKey;
}

/**
 * Where the plain words speak for this app ("choose Sign in with Microsoft here"), a
 * printer or a website needs other advice: it usually cannot do that sign-in itself.
 */
export const SENDER_VARIANTS: Partial<Record<FindingId, Readonly<Record<'device' | 'website', VariantKeys>>>> = {
  'auth.basic-auth-disabled': {
    device: {
      steps: ['finding.auth.basic-auth-disabled.steps.device.1', 'finding.auth.basic-auth-disabled.steps.device.2'],
      admin: 'finding.auth.basic-auth-disabled.admin.device',
    },
    website: {
      steps: ['finding.auth.basic-auth-disabled.steps.website.1', 'finding.auth.basic-auth-disabled.steps.website.2'],
      admin: 'finding.auth.basic-auth-disabled.admin.website',
    },
  },
  'auth.basic-auth-removed': {
    device: {
      steps: ['finding.auth.basic-auth-removed.steps.device.1', 'finding.auth.basic-auth-removed.steps.device.2'],
      admin: 'finding.auth.basic-auth-removed.admin.device',
    },
    website: {
      steps: ['finding.auth.basic-auth-removed.steps.website.1', 'finding.auth.basic-auth-removed.steps.website.2'],
      admin: 'finding.auth.basic-auth-removed.admin.website',
    },
  },
  'auth.security-defaults': {
    device: {
      steps: ['finding.auth.security-defaults.steps.device.1', 'finding.auth.security-defaults.steps.device.2'],
      admin: 'finding.auth.security-defaults.admin.device',
    },
    website: {
      steps: ['finding.auth.security-defaults.steps.website.1', 'finding.auth.security-defaults.steps.website.2'],
      admin: 'finding.auth.security-defaults.admin.website',
    },
  },
};

/** Words for a clock whose offset was measured against the server's greeting. */
export const MEASURED_CLOCK_KEYS = {
  explanation: 'finding.tls.clock-skew.explanation.measured',
  admin: 'finding.tls.clock-skew.admin.measured',
} as const satisfies Record<'explanation' | 'admin', MessageKey>;

/** Admin words for a finding when the sender is another app than this one. */
export const OTHER_APP_ADMIN: Partial<Record<FindingId, MessageKey>> = {
  'auth.oauth-not-configured': 'finding.auth.oauth-not-configured.admin.other-app',
};

export const CLOCK_UNIT_KEYS = {
  minute: 'finding.clock.minutes',
  hour: 'finding.clock.hours',
  day: 'finding.clock.days',
} as const satisfies Record<string, MessageKey>;

/** Every per-finding key, for the orphan-message test and for translators. */
export function allFindingMessageKeys(ids: readonly FindingId[]): Set<MessageKey> {
  const keys = new Set<MessageKey>();
  for (const id of ids) {
    const k = findingKeys(id);
    [k.title, k.explanation, k.admin, ...k.steps].forEach((key) => keys.add(key));
    for (const variant of Object.values(SENDER_VARIANTS[id] ?? {})) [...variant.steps, variant.admin].forEach((key) => keys.add(key));
    const other = OTHER_APP_ADMIN[id];
    if (other) keys.add(other);
  }
  Object.values(MEASURED_CLOCK_KEYS).forEach((key) => keys.add(key));
  return keys;
}
