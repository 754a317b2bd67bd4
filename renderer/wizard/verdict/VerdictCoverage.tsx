import type { MessageKey } from '../../../shared/i18n';
import { isMicrosoftHost } from '../../../shared/presets';
import { provenOutcome } from '../../../shared/proven';
import type { ProbeResult } from '../../../shared/types';
import { useT } from '../../i18n/I18nProvider';

type Coverage = 'password-microsoft' | 'password' | 'oauth' | 'no-sign-in' | 'not-checked';

const WORDS: Readonly<Record<Coverage, MessageKey>> = {
  'password-microsoft': 'wizard.result.covers.password-microsoft',
  password: 'wizard.result.covers.password',
  oauth: 'wizard.result.covers.oauth',
  'no-sign-in': 'wizard.result.covers.no-sign-in',
  'not-checked': 'wizard.result.covers.not-checked',
};

/** Which mail apps a passing verdict speaks for: the way they sign in is what the test proved. */
export function coverageOf(result: ProbeResult): Coverage {
  const proven = provenOutcome(result);
  if (proven === 'accepted-without-sign-in') return 'no-sign-in';
  if (proven !== 'sending-works' && proven !== 'sending-works-warning') return 'not-checked';
  if (result.request.auth.method === 'oauth2') return 'oauth';
  return isMicrosoftHost(result.request.host) ? 'password-microsoft' : 'password';
}

export function VerdictCoverage({ result }: { result: ProbeResult }) {
  const { t } = useT();
  const coverage = coverageOf(result);
  return (
    <p data-testid="verdict-coverage" data-coverage={coverage}>
      {t(WORDS[coverage], { host: result.request.host })}
    </p>
  );
}
