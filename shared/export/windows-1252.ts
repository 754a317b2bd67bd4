/**
 * Windows-1252 encoding for classic Outlook's .prf files, which are read as 8-bit ANSI
 * (a UTF-8 BOM may be misparsed). TextEncoder only speaks UTF-8, and Latin-1 differs
 * from 1252 in 0x80–0x9F, so the 27 extra characters are mapped here.
 */
const EXTRA: Readonly<Record<string, number>> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
  'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
  '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

function byteFor(char: string): number | undefined {
  const code = char.codePointAt(0) ?? -1;
  // 0x80–0x9F are C1 controls in Latin-1 but other characters in 1252.
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  return EXTRA[char];
}

export function canEncodeWindows1252(text: string): boolean {
  for (const char of text) if (byteFor(char) === undefined) return false;
  return true;
}

/** Encodes text; returns null if any character has no Windows-1252 byte. */
export function encodeWindows1252(text: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const char of text) {
    const byte = byteFor(char);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}
