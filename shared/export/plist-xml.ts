/**
 * A small XML property-list writer. The plist package has two builders (xmlbuilder in
 * Node, a string builder in browsers) that indent differently, so the same profile
 * would come out with different bytes in the main process and in a renderer preview.
 * This writer is the same everywhere; tests parse its output with the plist package
 * and compare it with plist's Node builder.
 */
export type PlistNode = string | number | boolean | PlistNode[] | { [key: string]: PlistNode };

const HEADER = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
  '<plist version="1.0">',
];
const INDENT = '  ';

// Line-end characters go out as character references: parsers normalise literal CR,
// and XML 1.1-minded ones (the plist package's xmldom) also NEL, LS and PS, to "\n".
const LINE_ENDS = /[\r\u0085\u2028\u2029]/g;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(LINE_ENDS, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

function element(tag: string, text: string): string {
  return text === '' ? `<${tag}/>` : `<${tag}>${escapeXml(text)}</${tag}>`;
}

function write(node: PlistNode, depth: number, lines: string[]): void {
  const pad = INDENT.repeat(depth);
  if (typeof node === 'string') lines.push(pad + element('string', node));
  else if (typeof node === 'boolean') lines.push(`${pad}<${node}/>`);
  else if (typeof node === 'number') {
    if (!Number.isFinite(node)) throw new Error('plist numbers must be finite');
    lines.push(pad + element(Number.isInteger(node) ? 'integer' : 'real', String(node)));
  } else if (Array.isArray(node)) {
    if (node.length === 0) return void lines.push(`${pad}<array/>`);
    lines.push(`${pad}<array>`);
    for (const item of node) write(item, depth + 1, lines);
    lines.push(`${pad}</array>`);
  } else {
    const entries = Object.entries(node);
    if (entries.length === 0) return void lines.push(`${pad}<dict/>`);
    lines.push(`${pad}<dict>`);
    for (const [key, value] of entries) {
      lines.push(INDENT.repeat(depth + 1) + element('key', key));
      write(value, depth + 1, lines);
    }
    lines.push(`${pad}</dict>`);
  }
}

/** The whole document, newline-terminated. */
export function plistXml(root: PlistNode): string {
  const lines = [...HEADER];
  write(root, 1, lines);
  lines.push('</plist>', '');
  return lines.join('\n');
}
