import { describe, expect, it } from 'vitest';
import { hasMessage, messages, t } from '../../shared/i18n';
import { detailFromJson, probeResultToJson } from '../../shared/probe-result-json';
import { parseProbeResult } from '../../shared/export/probe-result-schema';
import { stageDetail, stageDetailMessage, stageDetailText, type StageDetail } from '../../shared/stage-details';
import { commandOf, planStages, STAGE_IDS, STAGES, timeoutForStage, DEFAULT_TIMEOUTS } from '../../shared/stages';
import { sampleProbeResult, stageResult } from '../fixtures/samples';

describe('the STAGES table', () => {
  it('is the one list of stages: ids, plans, commands, timeouts and names all come from it', () => {
    expect(STAGE_IDS).toEqual(Object.keys(STAGES));
    for (const security of ['starttls', 'tls', 'none'] as const) {
      expect(planStages(security)).toEqual(STAGE_IDS.filter((id) => (STAGES[id].modes as readonly string[]).includes(security)));
    }
    expect(STAGE_IDS.map(commandOf)).toEqual(['RESOLVE', 'CONNECT', 'CONNECT', 'CONNECT', 'EHLO', 'STARTTLS', 'EHLO', 'AUTH', 'MAIL FROM', 'RCPT TO', 'DATA', 'QUIT']);
    expect(timeoutForStage('tls', DEFAULT_TIMEOUTS)).toBe(DEFAULT_TIMEOUTS.tls);
    expect(timeoutForStage('greeting', DEFAULT_TIMEOUTS)).toBe(DEFAULT_TIMEOUTS.greeting);
    for (const id of STAGE_IDS) expect(hasMessage(messages.en, STAGES[id].name), id).toBe(true);
  });
});

describe('stage details as codes', () => {
  it('has words for every code and every skip reason, with every placeholder filled', () => {
    const samples: StageDetail[] = [
      stageDetail('resolve.resolved', { host: 'smtp.office365.com', addresses: '52.97.0.1' }),
      stageDetail('resolve.literal'),
      stageDetail('connect.failed', { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:587' }),
      stageDetail('ehlo.auth-offered', { count: 8, mechanisms: 'LOGIN XOAUTH2' }),
      stageDetail('tls.not-verified', { protocol: 'TLSv1.3', cipher: 'TLS_AES_256_GCM_SHA384', error: 'CERT_HAS_EXPIRED', diagnosis: 'expired' }),
      stageDetail('auth.unexpected-reply', { mechanism: 'LOGIN', reply: '250 OK' }),
      ...(['earlier-failure', 'cancelled', 'no-credentials', 'no-test-message'] as const).map((reason) => stageDetail('skipped', { reason })),
    ];
    for (const detail of samples) {
      const { key } = stageDetailMessage(detail);
      expect(hasMessage(messages.en, key), key).toBe(true);
      expect(stageDetailText(detail)).not.toMatch(/\{[a-z]+\}/);
    }
    expect(stageDetailText(samples[3]!)).toBe('8 extensions, AUTH LOGIN XOAUTH2');
    expect(stageDetailText(stageDetail('skipped', { reason: 'no-test-message' }))).toBe(t('probe.detail.skipped.no-test-message'));
  });

  it('keeps a server reply as a parameter, word for word', () => {
    const reply = '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';
    expect(stageDetailText(stageDetail('auth.rejected', { mechanism: 'LOGIN', reply }))).toBe(`LOGIN: ${reply}`);
  });
});

describe('a probe result as JSON', () => {
  const coded = sampleProbeResult({
    stages: [
      { ...stageResult('ehlo', 'pass'), detail: stageDetail('ehlo.starttls-offered', { count: 8 }) },
      { ...stageResult('auth', 'skipped'), detail: stageDetail('skipped', { reason: 'no-credentials' }) },
      { ...stageResult('quit', 'pass'), detail: { code: 'text', params: { text: '221 bye' } } },
    ],
  });

  it('keeps detail as English text and adds the code behind it (free text needs none)', () => {
    const json = probeResultToJson(coded);
    expect(json.stages.map((s) => [s.detail, s.detailCode, s.detailParams])).toEqual([
      ['8 extensions, STARTTLS offered', 'ehlo.starttls-offered', { count: 8 }],
      ['not run: no credentials given', 'skipped', { reason: 'no-credentials' }],
      ['221 bye', undefined, undefined],
    ]);
  });

  it('reads back to the same codes, from a file of today and of an earlier version', () => {
    const today = parseProbeResult(JSON.parse(JSON.stringify(probeResultToJson(coded))));
    expect(today.ok && today.value.stages.map((s) => s.detail)).toEqual(coded.stages.map((s) => s.detail));
    const earlier = { ...probeResultToJson(coded), stages: [{ ...probeResultToJson(coded).stages[0]!, detailCode: undefined, detailParams: undefined, detail: '250, 8 extensions' }] };
    const old = parseProbeResult(JSON.parse(JSON.stringify(earlier)));
    expect(old.ok && old.value.stages[0]?.detail).toEqual({ code: 'text', params: { text: '250, 8 extensions' } });
  });

  it('falls back to the text for an unknown code or unusable parameters', () => {
    expect(detailFromJson('as saved', 'no-such-code', {})).toEqual({ code: 'text', params: { text: 'as saved' } });
    expect(detailFromJson('as saved', 'ehlo.starttls-offered', { count: { nested: true } })).toEqual({ code: 'text', params: { text: 'as saved' } });
    expect(detailFromJson('as saved', 'skipped', { reason: 'because' })).toEqual({ code: 'text', params: { text: 'as saved' } });
  });
});
