/**
 * Where each part of a JSON document sits in its text, so a damaged entry can be kept
 * byte for byte when it is set aside (JSON.parse gives values, not positions). Only
 * called on text JSON.parse has already accepted, so it can skip values without
 * re-validating them.
 */
export interface Span {
  start: number;
  end: number;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

function skipWhitespace(text: string, i: number): number {
  while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
  return i;
}

function skipString(text: string, i: number): number {
  // i is at the opening quote.
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j + 1;
  }
  return text.length;
}

/** End (exclusive) of the value starting at i. */
function skipValue(text: string, i: number): number {
  const first = text[i];
  if (first === '"') return skipString(text, i);
  if (first === '{' || first === '[') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const c = text[j];
      if (c === '"') j = skipString(text, j) - 1;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return text.length;
  }
  let j = i;
  while (j < text.length && !WHITESPACE.has(text[j] as string) && text[j] !== ',' && text[j] !== '}' && text[j] !== ']') j++;
  return j;
}

/** The value span of every key of the top-level object (the last one wins, as in JSON.parse). */
export function topLevelSpans(text: string): Map<string, Span> {
  const spans = new Map<string, Span>();
  let i = skipWhitespace(text, 0);
  if (text[i] !== '{') return spans;
  i = skipWhitespace(text, i + 1);
  while (i < text.length && text[i] !== '}') {
    const keyEnd = skipString(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    i = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1); // past ':'
    const end = skipValue(text, i);
    spans.set(key, { start: i, end });
    i = skipWhitespace(text, end);
    if (text[i] === ',') i = skipWhitespace(text, i + 1);
  }
  return spans;
}

/** The span of each element of the array whose span is given. */
export function arrayElementSpans(text: string, array: Span): Span[] {
  const spans: Span[] = [];
  if (text[array.start] !== '[') return spans;
  let i = skipWhitespace(text, array.start + 1);
  while (i < array.end && text[i] !== ']') {
    const end = skipValue(text, i);
    spans.push({ start: i, end });
    i = skipWhitespace(text, end);
    if (text[i] === ',') i = skipWhitespace(text, i + 1);
  }
  return spans;
}
