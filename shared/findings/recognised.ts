/**
 * A piece of the evidence that made a rule match, shown so a helpdesk person can check
 * the answer against the text: a reply or error code, a phrase, a probe fact, or context
 * read from the text (a host and port, the sending product).
 */
export interface Recognised {
  kind: 'code' | 'phrase' | 'fact' | 'context';
  text: string;
}

/** Same kind and text (case-insensitive) once, first occurrence kept, at most `limit`. */
export function uniqueRecognised(items: readonly Recognised[], limit = 8): Recognised[] {
  const seen = new Set<string>();
  const out: Recognised[] = [];
  for (const item of items) {
    const key = `${item.kind}:${item.text.toLowerCase()}`;
    if (!item.text.trim() || seen.has(key)) continue;
    seen.add(key);
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Rules match lower-cased, whitespace-collapsed text; people should see the words as
 * they wrote them. Finds the phrase in the original text, or keeps it as matched.
 */
export function originalSpelling(phrase: string, original: string): string {
  const words = phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return phrase;
  const m = new RegExp(words.join('\\s+'), 'i').exec(original);
  return m ? m[0] : phrase;
}
