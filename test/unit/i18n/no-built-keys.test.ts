/**
 * No message key is built at run time (issue 17): every key passed to the translator is a
 * literal, or comes from a typed table (`Record<…, MessageKey>`, `satisfies`), so a missing
 * or misspelt key fails the typecheck. This walks every source file's syntax tree and
 * refuses a template literal, a string concatenation or a `tDynamic` helper as the key.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DIRS = ['renderer', 'shared', 'electron', 'scripts'];
// The translator's names: `t`, and any local name a module gives it (`import { t as translate }`).
const TRANSLATOR_NAMES = /^(t|translate|tr|tDynamic)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function builtKeys(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && node.text === 'tDynamic') found.push(`${path.relative(ROOT, file)}: tDynamic`);
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && TRANSLATOR_NAMES.test(node.expression.text)) {
      // Look through `as MessageKey`, `satisfies` and parentheses: a cast hides a built key from the typecheck.
      let key = node.arguments[0];
      while (key && (ts.isAsExpression(key) || ts.isSatisfiesExpression(key) || ts.isParenthesizedExpression(key) || ts.isNonNullExpression(key))) key = key.expression;
      const built = key && (ts.isTemplateExpression(key) || (ts.isBinaryExpression(key) && key.operatorToken.kind === ts.SyntaxKind.PlusToken));
      if (built) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${path.relative(ROOT, file)}:${line + 1}: ${node.getText().slice(0, 80)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('message keys', () => {
  it('are never built at run time (no template literal or concatenation passed to t, no tDynamic)', () => {
    const files = DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => builtKeys(file))).toEqual([]);
  });

  it('the check itself finds each kind of built key', () => {
    const sample = ['t(`preset.${id}.title`);', "translate('finding.' + id);", 'tDynamic(key);', "t('common.back');", 't(PRESET_TITLE_KEYS[id]);', 't(`a.${b}` as MessageKey);'].join('\n');
    const found = builtKeys(path.join(ROOT, 'sample.tsx'), sample);
    expect(found).toHaveLength(4);
    expect(found.filter((line) => line.includes("'common.back'") || line.includes('PRESET_TITLE_KEYS'))).toEqual([]);
  });
});
