/**
 * Types for the userland `punycode.js` package (RFC 3492 / RFC 5891; the same code as
 * the `punycode` package, published under a name that never resolves to Node's
 * deprecated built-in). Only the functions the host rule uses are declared.
 */
declare module 'punycode.js' {
  export function toASCII(domain: string): string;
  export function toUnicode(domain: string): string;
  export function decode(input: string): string;
  export function encode(input: string): string;
  const punycode: { toASCII: typeof toASCII; toUnicode: typeof toUnicode; decode: typeof decode; encode: typeof encode };
  export default punycode;
}
