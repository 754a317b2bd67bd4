import { describe, expect, it } from 'vitest';
import { stageResult } from '../../fixtures/samples';
import { testAllowsRemember } from '../../../electron/vault/credential-policy';
import type { StageResult } from '../../../shared/types';

const stage = stageResult;

const test = (verdict: 'pass' | 'warn' | 'fail' | 'cancelled', auth: StageResult['status'], method: 'password' | 'none' = 'password') => ({
  verdict,
  stages: [stage('connect', 'pass'), stage('auth', auth)],
  request: { host: 'smtp.office365.com', port: 587, security: 'starttls' as const, auth: { method, user: 'a@contoso.com' } },
});

describe('testAllowsRemember', () => {
  it('allows only a test that really signed in', () => {
    expect(testAllowsRemember(test('pass', 'pass'))).toBe(true);
    expect(testAllowsRemember(test('warn', 'pass'))).toBe(true);
  });

  it('refuses failed, cancelled or unauthenticated tests', () => {
    expect(testAllowsRemember(test('fail', 'fail'))).toBe(false);
    expect(testAllowsRemember(test('fail', 'pass'))).toBe(false);
    expect(testAllowsRemember(test('cancelled', 'pass'))).toBe(false);
    expect(testAllowsRemember(test('warn', 'skipped'))).toBe(false);
    expect(testAllowsRemember(test('pass', 'pass', 'none'))).toBe(false);
    expect(testAllowsRemember({ ...test('pass', 'pass'), stages: [stage('connect', 'pass')] })).toBe(false);
  });
});
