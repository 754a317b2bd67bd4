import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import type { MessageTable } from './translate';

/**
 * The pseudo-locale en-XA, made from English when it is switched on (tests and dev only,
 * never in the shipped picker): every letter accented, about 40 % longer, in brackets, so
 * a screen that clips, overflows or hard-codes English shows it at a glance. Only literal
 * text changes; arguments, plural and select stay valid ICU.
 */
export const PSEUDO_LOCALE = 'en-XA';

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

const accent = (text: string) => text.replace(/[a-zA-Z]/g, (letter) => ACCENTED[letter] ?? letter);

/** Padding in short words, so the longer text can still wrap like real words do. */
function padding(length: number): string {
  const words: string[] = [];
  for (let left = length; left > 0; left -= 6) words.push('ẋ'.repeat(Math.min(5, left)));
  return words.join(' ');
}

function literalLength(elements: readonly MessageFormatElement[]): number {
  return elements.reduce((sum, element) => sum + (element.type === TYPE.literal ? element.value.length : 0), 0);
}

function transform(elements: MessageFormatElement[]): MessageFormatElement[] {
  for (const element of elements) {
    if (element.type === TYPE.literal) element.value = accent(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) option.value = lengthen(transform(option.value), literalLength(option.value));
    }
  }
  return elements;
}

/** Adds about 40 % of `length` as padding words at the end. */
function lengthen(elements: MessageFormatElement[], length: number): MessageFormatElement[] {
  const extra = Math.ceil(length * 0.4);
  return extra > 0 ? [...elements, { type: TYPE.literal, value: ` ${padding(extra)}` }] : elements;
}

function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  const length = literalLength(elements);
  return [{ type: TYPE.literal, value: '[' }, ...lengthen(transform(elements), length), { type: TYPE.literal, value: ']' }];
}

/** One English message in the pseudo-locale, as ICU text. */
export function pseudoMessage(english: string): string {
  return printAST(pseudoElements(parse(english, { ignoreTag: true })));
}

export function pseudoTable(source: MessageTable): MessageTable {
  return Object.fromEntries(Object.entries(source).map(([key, text]) => [key, pseudoMessage(text)]));
}
