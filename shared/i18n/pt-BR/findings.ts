/**
 * Brazilian Portuguese: labels shared by every finding, plus every finding file spread in
 * the same way as the English (shared/i18n/en/findings.ts describes keys and placeholders).
 */
import type { findings as source } from '../en/findings';
import type { Translation } from '../translation';
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
  'finding.label.who': 'Quem resolve',
  'finding.label.steps': 'O que você pode fazer',
  'finding.label.admin': 'Mensagem para a sua equipe de TI',
  'finding.label.source': 'Fonte',
  'finding.label.as-of': 'Dados verificados em {date}',
  'finding.label.also-possible': 'Também possível',
  'finding.label.other-causes': 'Outras causas possíveis',
  'finding.label.most-likely': 'Mais provável',
  'finding.label.recognised': 'Reconhecido',
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
  'finding.clock.minute': '1 minuto',
  'finding.clock.minutes': '{n} minutos',
  'finding.clock.hour': '1 hora',
  'finding.clock.hours': '{n} horas',
  'finding.clock.day': '1 dia',
  'finding.clock.days': '{n} dias',
  // Dates from the facts table: “16 de setembro de 2024”, “1º de outubro de 2026”,
  // “dezembro de 2026”, “o segundo semestre de 2027” (sentences read “previsto para {…}”).
  'finding.date.day': '{day, plural, =1 {1º} other {#}} de {month} de {year}',
  'finding.date.month': '{month} de {year}',
  'finding.date.first-half': 'o primeiro semestre de {year}',
  'finding.date.second-half': 'o segundo semestre de {year}',
  'finding.month.1': 'janeiro',
  'finding.month.2': 'fevereiro',
  'finding.month.3': 'março',
  'finding.month.4': 'abril',
  'finding.month.5': 'maio',
  'finding.month.6': 'junho',
  'finding.month.7': 'julho',
  'finding.month.8': 'agosto',
  'finding.month.9': 'setembro',
  'finding.month.10': 'outubro',
  'finding.month.11': 'novembro',
  'finding.month.12': 'dezembro',

  ...findingsConnection,
  ...findingsAuth,
  ...findingsOAuth,
  ...findingsSending,
  ...findingsVariants,
  ...findingsPaste,
  ...findingsVerdict,
};
