import type { ProbeRequest } from '../../shared/types';
import type { WizardForm } from './wizard-state';

/** The live-test request for what the person entered. The password goes to main once, here. */
export function buildProbeRequest(form: WizardForm): ProbeRequest {
  const user = form.user.trim() || form.address.trim();
  const auth: ProbeRequest['auth'] =
    form.authMethod === 'password' && form.password ? { method: 'password', user, password: form.password } : { method: 'none' };
  return {
    host: form.host.trim(),
    port: form.port,
    security: form.security,
    auth,
    ...(form.sendTestMessage && auth.method !== 'none' ? { sendTestTo: form.address.trim() } : {}),
    ...(form.preset ? { presetId: form.preset } : {}),
  };
}
