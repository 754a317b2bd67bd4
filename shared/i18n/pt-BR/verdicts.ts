import type { verdicts as source } from '../en/verdicts';
import type { Translation } from '../translation';

/** Brazilian Portuguese: what a test proved (shared/proven.ts), for the result heading and the CLI. */
export const verdicts: Translation<typeof source> = {
  // “O envio funciona”, its warning and “acessível e seguro — não verificado” are the diagnosis’s (findings-verdict.ts).
  'verdict.heading.accepted-without-sign-in': 'O servidor aceitou uma mensagem de teste sem login',
  'verdict.heading.reachable-plain-not-checked': 'O servidor está acessível, mas sem criptografia — sua conta não foi verificada',
  'verdict.heading.not-working': 'O envio ainda não funciona',
  'verdict.heading.cancelled': 'O teste foi interrompido',

  'verdict.checklist': 'O que este teste verificou',
  'verdict.state.checked': 'Verificado',
  'verdict.state.not-checked': 'Não verificado',
  'verdict.state.failed': 'Não funcionou',
  'verdict.state.not-asked': 'Não solicitado',
  'verdict.check.reach.checked': 'Este computador alcançou {host} na porta {port}.',
  'verdict.check.reach.not-checked': 'Conexão com {host} na porta {port}.',
  'verdict.check.reach.failed': 'Conexão com {host} na porta {port}.',
  'verdict.check.secure.checked': 'A conexão foi criptografada e o certificado do servidor foi verificado.',
  'verdict.check.secure.not-checked': 'Criptografia da conexão.',
  'verdict.check.secure.failed': 'Criptografia da conexão.',
  'verdict.check.sign-in.checked': 'Login feito como {user}.',
  'verdict.check.sign-in.not-checked':
    'Sua conta: este teste não fez login, então não tem como saber se o seu app de email vai conseguir.',
  'verdict.check.sign-in.failed': 'Login como {user}.',
  'verdict.check.message.checked': 'Uma mensagem de teste para {address} foi entregue ao servidor.',
  'verdict.check.message.not-checked': 'Envio de uma mensagem de teste.',
  'verdict.check.message.failed': 'Envio de uma mensagem de teste para {address}.',
  'verdict.check.message.not-asked': 'Envio de uma mensagem de teste.',

  // The CLI adds one line under “Resultado: …” (electron/cli/probe-output.ts); exit codes and --json are unchanged.
  'verdict.cli.proven': 'Comprovado: {heading}.',
};
