/**
 * Server words are kept visibly: a greeting and a refusal carrying terminal escapes, NUL,
 * a bare CR and a right-to-left override end up in stage details, evidence, events and the
 * transcript as \x1b, \x00, \x0d, \u202e, so nothing stored can rewrite a terminal or
 * reorder what a reader sees.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { hasUnsafeCharacters } from '../../../shared/text-safety';
import { startLab, type Lab } from '../../lab';
import { labDeps, labRequest, probeLab, stageOf } from './lab-probe';

let lab: Lab | null = null;
afterEach(async () => {
  await lab?.close();
  lab = null;
});

/** Every string inside plain data. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('control characters from the server', () => {
  it('are made visible once, where they enter: details, evidence, events, transcript', async () => {
    lab = await startLab('control-characters');
    const { result, events } = await probeLab(lab, labRequest(lab, { sendTestTo: lab.credentials.user }), labDeps(lab));

    const greeting = stageOf(result, 'greeting');
    expect(greeting.status).toBe('pass');
    expect(greeting.detail).toMatchObject({ code: 'reply' });
    const shown = greeting.detail.code === 'reply' ? greeting.detail.params.reply : '';
    expect(shown).toContain('\\x1b]0;owned\\x07\\x1b[2J\\u202eydaer\\u202c MAIL\\x00 Service\\x0d ready');

    const refused = stageOf(result, 'mail-from');
    expect(refused.status).toBe('fail');
    expect(refused.evidence).toContainEqual(expect.objectContaining({ kind: 'reply', code: 550, enhanced: '5.1.8', text: expect.stringContaining('sender \\x1b[31m\\x1b]0;owned\\x07\\x1b[0m \\u202etxet\\u202c\\x00') }));
    expect(result.transcript.some((line) => line.text.includes('Microsoft ESMTP \\x1b]0;owned'))).toBe(true);

    // Escaped exactly once: no raw character anywhere, and no double escape either.
    const everything = strings({ result, events });
    expect(everything.filter((text) => hasUnsafeCharacters(text))).toEqual([]);
    expect(everything.some((text) => text.includes('\\\\x1b'))).toBe(false);
  });
});
