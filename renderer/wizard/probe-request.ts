import type { PageProbeRequest } from '../../shared/sign-in-ipc';
import type { WizardForm } from './wizard-state';

/**
 * The live-test request for what the person entered. The password goes to main once, here;
 * for Microsoft sign-in the page names the signed-in account and main fetches the token.
 */
export function buildProbeRequest(form: WizardForm): PageProbeRequest {
  const address = form.address.trim();
  const user = form.user.trim() || address;
  const auth: PageProbeRequest['auth'] =
    form.authMethod === 'password' && form.password
      ? { method: 'password', user, password: form.password }
      : form.authMethod === 'oauth2' && form.oauthAccount
        ? { method: 'oauth2', account: form.oauthAccount.key, address }
        : { method: 'none' };
  return {
    host: form.host.trim(),
    port: form.port,
    security: form.security,
    auth,
    ...(form.sendTestMessage && auth.method !== 'none' ? { sendTestTo: address } : {}),
    ...(form.preset ? { presetId: form.preset } : {}),
  };
}
