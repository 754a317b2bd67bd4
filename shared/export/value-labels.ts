/**
 * Typed key tables for the words of settings values, report stages and statuses, so no
 * message key is built at run time (a later change moves to typed ICU messages).
 */
import type { MessageKey } from '../i18n';
import type { AuthMethod, ProbeResult, Security, StageId, StageResult } from '../types';

export const SECURITY_LABEL: Readonly<Record<Security, MessageKey>> = {
  starttls: 'export.value.security.starttls',
  tls: 'export.value.security.tls',
  none: 'export.value.security.none',
};

export const AUTH_LABEL: Readonly<Record<AuthMethod, MessageKey>> = {
  oauth2: 'export.value.auth.oauth2',
  password: 'export.value.auth.password',
  none: 'export.value.auth.none',
};

export const VERDICT_LABEL: Readonly<Record<ProbeResult['verdict'], MessageKey>> = {
  pass: 'export.report.verdict.pass',
  warn: 'export.report.verdict.warn',
  fail: 'export.report.verdict.fail',
  cancelled: 'export.report.verdict.cancelled',
};

export const STAGE_LABEL: Readonly<Record<StageId, MessageKey>> = {
  resolve: 'export.report.stage.resolve',
  connect: 'export.report.stage.connect',
  greeting: 'export.report.stage.greeting',
  ehlo: 'export.report.stage.ehlo',
  starttls: 'export.report.stage.starttls',
  tls: 'export.report.stage.tls',
  'ehlo-tls': 'export.report.stage.ehlo-tls',
  auth: 'export.report.stage.auth',
  'mail-from': 'export.report.stage.mail-from',
  'rcpt-to': 'export.report.stage.rcpt-to',
  data: 'export.report.stage.data',
  quit: 'export.report.stage.quit',
};

export const STATUS_LABEL: Readonly<Record<StageResult['status'], MessageKey>> = {
  pass: 'export.report.status.pass',
  warn: 'export.report.status.warn',
  fail: 'export.report.status.fail',
  skipped: 'export.report.status.skipped',
};

export const STAGE_COLUMNS: readonly MessageKey[] = ['export.report.stages.step', 'export.report.stages.status', 'export.report.stages.time', 'export.report.stages.detail'];
