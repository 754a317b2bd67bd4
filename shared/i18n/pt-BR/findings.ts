/**
 * Brazilian Portuguese: labels shared by every finding, plus every finding file spread in
 * the same way as the English (shared/i18n/en/findings.ts describes keys and placeholders).
 */
import type { findings as source } from '../en/findings';
import type { Translation } from '../translation';
import { findingsAdmin } from './findings-admin';
import { findingsAuth } from './findings-auth';
import { findingsConnection } from './findings-connection';
import { findingsOAuth } from './findings-oauth';
import { findingsPaste } from './findings-paste';
import { findingsSending } from './findings-sending';
import { findingsVariants } from './findings-variants';
import { findingsVerdict } from './findings-verdict';

/** Brazilian Portuguese: findings (labels shared by every finding, then each finding file). */
export const findings: Translation<typeof source> = {
  // Labels shared by every finding.
  'finding.severity.error': 'Problema',
  'finding.severity.warning': 'Aviso',
  'finding.severity.info': 'Observação',
  'finding.who.you': 'Você',
  'finding.who.it-admin': 'Sua equipe de TI',
  'finding.who.network': 'Sua rede ou seu provedor de internet',
  'finding.who.microsoft': 'Microsoft',
  'finding.who.wait': 'Ninguém: isso se resolve com o tempo',
  'finding.label.also-possible': 'Também possível',
  'finding.cli.headline': '{title}  [{severity} · Quem resolve: {who}]',
  'finding.cli.most-likely': 'Causa mais provável: {headline}',
  'finding.cli.recognised': 'Trechos reconhecidos: {items}',
  'finding.cli.recognised.phrase': '“{text}”',
  'finding.cli.steps': 'O que você pode fazer:',
  'finding.cli.admin': 'Mensagem para a sua equipe de TI:',
  'finding.cli.source': 'Fonte: {source}',
  'finding.cli.source-as-of': 'Fonte: {source} (informações verificadas em {date})',
  'finding.cli.other-causes': 'Outras causas possíveis:',
  'finding.cli.error.preset': 'Predefinição desconhecida “{value}”. Veja a lista em --help.',
  'finding.cli.error.port': '--port precisa ser um número de 1 a 65535, não “{value}”.',
  'finding.cli.error.auth': '--auth precisa ser {choices}.',
  'finding.cli.error.network': '--network precisa ser {choices}.',
  'finding.cli.error.no-text': 'Informe o texto do erro como argumento ou envie-o pela entrada padrão.',
  'finding.label.nothing-to-fix': 'Esta é uma resposta de sucesso do servidor: não há nada para corrigir.',
  // The ready-to-send message to IT: the staff member writing to the IT team (vocês).
  'finding.admin.greeting': 'Olá,',
  'finding.admin.closing': 'Agradeço desde já!',
  'finding.admin.portal': 'Onde alterar: {portal}',
  'finding.admin.powershell': 'PowerShell do Exchange Online:\n{powershell}',
  'finding.admin.server': 'Servidor: {host}, porta {port}.',
  'finding.admin.quote': 'A mensagem de erro exata foi:\n{quote}',
  'finding.param.address': '<meu endereço de email>',
  'finding.param.interceptor': 'um programa de segurança',
  'finding.param.send-from-mailbox': '<caixa de correio usada no envio>',
  // Who sends the mail, as the person names it to IT (mid-sentence; the sentences never put
  // it after de/em/por/a, which would have to merge with its article).
  'finding.sender.this-app': 'o app Mail Setup Assistant',
  'finding.sender.website': 'nosso site ou script',
  'finding.sender.website.named': 'nosso site ou script ({product})',
  'finding.sender.device': 'nossa impressora ou scanner',
  'finding.sender.device.named': 'nossa impressora ou scanner ({product})',
  'finding.sender.mail-app': 'meu app de email',
  'finding.sender.mail-app.named': 'meu app de email ({product})',
  'finding.sender.unknown': 'o app ou dispositivo que envia meus emails',
  // How far this computer's clock is off: “O relógio … está {clockOffset} em relação ao …”.
  'finding.clock.behind': 'atrasado cerca de {amount}',
  'finding.clock.ahead': 'adiantado cerca de {amount}',
  'finding.clock.minutes': '{n, plural, =1 {1 minuto} other {# minutos}}',
  'finding.clock.hours': '{n, plural, =1 {1 hora} other {# horas}}',
  'finding.clock.days': '{n, plural, =1 {1 dia} other {# dias}}',
  'finding.date.first-half': 'o primeiro semestre de {year}',
  'finding.date.second-half': 'o segundo semestre de {year}',

  ...findingsConnection,
  ...findingsAuth,
  ...findingsOAuth,
  ...findingsSending,
  ...findingsVariants,
  ...findingsPaste,
  ...findingsVerdict,
  ...findingsAdmin,
};
