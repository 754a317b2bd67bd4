/**
 * Whether Apple profiles can be signed, from the organisation defaults: IT names a
 * PKCS#12 file (relative paths from the defaults file's folder) and the environment
 * variable that holds its password. The password is read when needed, never stored,
 * logged or sent to the page; only the signer's name and any problem go to the screen.
 */
import path from 'node:path';
import { t } from '../../shared/i18n';
import type { OrgDefaults } from '../../shared/profile';
import { readSigningIdentity, type SigningIdentity } from './profile-signing';

export type SigningState =
  | { state: 'off' }
  | { state: 'ready'; signer: string; identity: SigningIdentity }
  | { state: 'problem'; problem: string };

export interface SigningSources {
  orgDefaults: OrgDefaults;
  /** The defaults file the settings came from (null: built-in defaults). */
  orgDefaultsSource: string | null;
  env: Readonly<Record<string, string | undefined>>;
  readFile: (file: string) => Promise<Uint8Array>;
  now?: () => Date;
}

export function signingFilePath(pkcs12Path: string, orgDefaultsSource: string | null): string {
  return path.isAbsolute(pkcs12Path) || orgDefaultsSource === null ? path.resolve(pkcs12Path) : path.resolve(path.dirname(orgDefaultsSource), pkcs12Path);
}

export async function loadSigning(sources: SigningSources): Promise<SigningState> {
  const signing = sources.orgDefaults.signing;
  if (!signing) return { state: 'off' };
  const file = signingFilePath(signing.pkcs12Path, sources.orgDefaultsSource);
  const password = sources.env[signing.passwordEnv];
  if (password === undefined) return { state: 'problem', problem: t('export.signing.missing-password', { name: signing.passwordEnv }) };
  let der: Uint8Array;
  try {
    der = await sources.readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    return { state: 'problem', problem: t('export.signing.missing-file', { path: file, reason }) };
  }
  const identity = readSigningIdentity(der, password, sources.now?.() ?? new Date());
  return identity.ok ? { state: 'ready', signer: identity.value.signer, identity: identity.value } : { state: 'problem', problem: identity.error.message };
}

/** What the screen may know: no key, no password, no path beyond the problem text. */
export function signingSummary(state: SigningState): { state: SigningState['state']; signer?: string; problem?: string } {
  if (state.state === 'ready') return { state: 'ready', signer: state.signer };
  if (state.state === 'problem') return { state: 'problem', problem: state.problem };
  return { state: 'off' };
}
