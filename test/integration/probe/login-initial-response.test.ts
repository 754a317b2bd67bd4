/**
 * AUTH LOGIN with the user name in the AUTH command (Exchange's own AUTH LOGIN says a
 * client SHOULD send it so: shared/facts/service.ts, smtp.login-initial-response): one
 * round trip less than the Username:/Password: dialogue, for servers that greet as
 * Exchange. Other servers keep the dialogue; a server that ignores or refuses the initial
 * response still gets a proper sign-in. Seen from both ends: the probe's transcript and
 * the lab server's own log.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startLab, type Lab } from '../../lab';
import { classifyAll } from '../../../shared/findings';
import { labDeps, labRequest, probeLab, stageOf } from './lab-probe';

let lab: Lab | null = null;
afterEach(async () => {
  await lab?.close();
  lab = null;
});

/** The server's log from the first AUTH command on, without the timestamps' noise. */
const authLog = (l: Lab) => {
  const from = l.log.findIndex((line) => line.startsWith('C: AUTH'));
  const to = l.log.findIndex((line, i) => i > from && /^S: (235|5\d\d) /.test(line) && !/^S: 501 /.test(line));
  return l.log.slice(from, to + 1).map((line) => line.replace(/ \[[^\]]*\]$/, ''));
};

/** The Username:/Password: dialogue as the lab logs it, through to the 235. */
const DIALOGUE = ['C: AUTH LOGIN', 'S: 334 VXNlcm5hbWU6', 'C: <redacted AUTH data>', 'S: 334 UGFzc3dvcmQ6', 'C: <redacted AUTH data>', 'S: 235 2.7.0 Authentication successful'];

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('AUTH LOGIN against a server that greets as Exchange', () => {
  it('sends the user name in the AUTH command and is asked only for the password', async () => {
    lab = await startLab('healthy');
    const { result } = await probeLab(lab, labRequest(lab));
    expect(result.verdict).toBe('pass');
    expect(authLog(lab)).toEqual(['C: AUTH LOGIN <redacted>', 'S: 334 UGFzc3dvcmQ6', 'C: <redacted AUTH data>', 'S: 235 2.7.0 Authentication successful']);
    const client = result.transcript.filter((line) => line.marker === '~>').map((line) => line.text);
    expect(client).toContain('AUTH LOGIN <redacted base64 AUTH argument>');
    expect(client).not.toContain('AUTH LOGIN');
    expect(stageOf(result, 'auth')).toMatchObject({ status: 'pass', evidence: [expect.objectContaining({ command: 'AUTH LOGIN', code: 235 })] });
    // Neither the user name's nor the password's base64 form is kept anywhere in the result.
    const kept = JSON.stringify(result);
    expect(kept).not.toContain(base64(lab.credentials.user));
    expect(kept).not.toContain(base64(lab.credentials.password));
  });

  it('a wrong password is still Microsoft’s 535 5.7.3 (wrong user name or password), after one exchange', async () => {
    lab = await startLab('healthy');
    const wrong = labRequest(lab, { auth: { method: 'password', user: lab.credentials.user, password: 'wrong-password' } });
    const { result } = await probeLab(lab, wrong, labDeps(lab, { classify: classifyAll }));
    const auth = stageOf(result, 'auth');
    expect(auth.status).toBe('fail');
    expect(auth.evidence).toContainEqual(expect.objectContaining({ kind: 'reply', code: 535, enhanced: '5.7.3' }));
    expect(auth.findings).toContain('auth.bad-credentials');
    expect(lab.log.filter((line) => line.startsWith('C: AUTH'))).toEqual(['C: AUTH LOGIN <redacted>']);
  });

  it('answers the user name again when the server asks for it anyway', async () => {
    lab = await startLab('healthy', { loginInitialResponse: 'ask-username' });
    const { result } = await probeLab(lab, labRequest(lab));
    expect(result.verdict).toBe('pass');
    expect(authLog(lab)).toEqual(['C: AUTH LOGIN <redacted>', ...DIALOGUE.slice(1)]);
  });

  it('falls back to the plain dialogue once when the initial response is a syntax error (501)', async () => {
    lab = await startLab('healthy', { loginInitialResponse: 'refuse' });
    const { result } = await probeLab(lab, labRequest(lab));
    expect(result.verdict).toBe('pass');
    expect(authLog(lab)).toEqual(['C: AUTH LOGIN <redacted>', 'S: 501 5.5.4 Invalid arguments', ...DIALOGUE]);
    expect(stageOf(result, 'auth')).toMatchObject({ status: 'pass', evidence: [expect.objectContaining({ code: 235 })] });
  });

  it('after that fallback, a wrong password fails on its 535, not on the 501', async () => {
    lab = await startLab('healthy', { loginInitialResponse: 'refuse' });
    const { result } = await probeLab(lab, labRequest(lab, { auth: { method: 'password', user: lab.credentials.user, password: 'wrong-password' } }));
    const auth = stageOf(result, 'auth');
    expect(auth.status).toBe('fail');
    expect(auth.evidence).toContainEqual(expect.objectContaining({ kind: 'reply', code: 535 }));
    expect(auth.evidence).not.toContainEqual(expect.objectContaining({ kind: 'reply', code: 501 }));
    expect(lab.log.filter((line) => line.startsWith('C: AUTH'))).toEqual(['C: AUTH LOGIN <redacted>', 'C: AUTH LOGIN']);
  });
});

describe('AUTH LOGIN against a server that does not greet as Exchange', () => {
  it('keeps the Username:/Password: dialogue', async () => {
    lab = await startLab('healthy', { greeting: '220 mail.example.org ESMTP ready' });
    const { result } = await probeLab(lab, labRequest(lab));
    expect(result.verdict).toBe('pass');
    expect(authLog(lab)).toEqual(DIALOGUE);
  });

  it('XOAUTH2 is unchanged: one AUTH command carrying the token', async () => {
    lab = await startLab('healthy');
    const { result } = await probeLab(lab, labRequest(lab, {}, 'oauth'));
    expect(result.verdict).toBe('pass');
    expect(lab.log.filter((line) => line.startsWith('C: AUTH'))).toEqual(['C: AUTH XOAUTH2 <redacted>']);
  });
});
