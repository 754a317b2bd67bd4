/**
 * `mail-setup signout --user ADDR`: removes a Microsoft sign-in that `probe --auth oauth2`
 * (or the app) kept in the keychain; when no sign-in is left, every token-cache entry goes.
 */
import { parseArgs } from 'node:util';
import { t } from '../../shared/i18n';
import { UsageError, type CliCommand } from './command';
import { defaultCliOAuth, failureWords, type CliOAuthFactory } from './oauth-sign-in';


export function createSignoutCommand(options: { oauth?: CliOAuthFactory } = {}): CliCommand {
  return {
    name: 'signout',
    summary: 'Remove a Microsoft sign-in kept in the keychain',
    get usage() {
    return t('cli.usage.signout');
  },
    async run(args, io) {
      let values: { user?: string; 'client-id'?: string; json?: boolean };
      try {
        values = parseArgs({ args, strict: true, allowPositionals: false, options: { user: { type: 'string' }, 'client-id': { type: 'string' }, json: { type: 'boolean' } } }).values;
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      if (!values.user) throw new UsageError(t('cli.error.userRequired'));
      const service = await (options.oauth ?? defaultCliOAuth)(io, values['client-id']);
      const result = await service.signOut(values.user);
      if (!result.ok) {
        io.stderr(`${failureWords(result.error)}\n`);
        return 1;
      }
      if (values.json) io.stdout(`${JSON.stringify(result.value)}\n`);
      else io.stdout(`${t(result.value.removed ? 'oauth.cli.signed-out' : 'oauth.cli.not-signed-in', { username: values.user })}\n`);
      return 0;
    },
  };
}

export const signoutCommand: CliCommand = createSignoutCommand();
