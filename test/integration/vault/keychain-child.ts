/**
 * Child process for keychain tests that need a different D-Bus environment (no bus, a
 * locked keyring). Runs vault operations given as arguments and prints one JSON document:
 *   node --import tsx keychain-child.ts set:alice@example.com:pw get:alice@example.com list
 * The keychain service name comes from MSA_TEST_SERVICE.
 */
import { createKeytarVault } from '../../../electron/vault/keytar-vault';

const service = process.env['MSA_TEST_SERVICE'];
if (!service) throw new Error('MSA_TEST_SERVICE is required');
const logs: string[] = [];
const vault = createKeytarVault({ service, log: (line) => logs.push(line) });

const results: unknown[] = [];
for (const arg of process.argv.slice(2)) {
  const [op, account = '', secret = ''] = arg.split(':');
  switch (op) {
    case 'set':
      results.push({ op, result: await vault.set(account, secret) });
      break;
    case 'get':
      results.push({ op, result: await vault.get(account) });
      break;
    case 'has':
      results.push({ op, result: await vault.has(account) });
      break;
    case 'delete':
      results.push({ op, result: await vault.delete(account) });
      break;
    case 'list':
      results.push({ op, result: await vault.listAccounts() });
      break;
    default:
      throw new Error(`unknown operation ${op}`);
  }
}
process.stdout.write(JSON.stringify({ results, logs }));
