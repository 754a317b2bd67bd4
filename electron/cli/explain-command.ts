import { parseArgs } from 'node:util';
import {
  describeFinding,
  diagnoseText,
  type ClassifyContext,
  type DescribeParams,
  type Diagnosis,
  type FindingDescription,
  type Recognised,
} from '../../shared/findings';
import { t } from '../../shared/i18n';
import { formatDay, formatList } from '../../shared/i18n/intl-format';
import { isPresetId, PRESETS } from '../../shared/presets';
import type { AuthMethod } from '../../shared/types';
import { UsageError, type CliCommand, type CliIo } from './command';

// Imports stay within shared/ (pure data and functions): `explain` must start in < 300 ms.


const AUTH_METHODS: readonly AuthMethod[] = ['password', 'oauth2', 'none'];
const NETWORKS = ['home', 'office', 'unknown'] as const;

interface ExplainOptions {
  json: boolean;
  text?: string;
  context: ClassifyContext;
  describe: DescribeParams;
}

function parse(args: string[]): ExplainOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        preset: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        auth: { type: 'string' },
        network: { type: 'string' },
        address: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const context: ClassifyContext = {};
  if (values.preset !== undefined) {
    if (!isPresetId(values.preset)) throw new UsageError(t('finding.cli.error.preset', { value: values.preset }));
    const preset = PRESETS[values.preset];
    context.presetId = preset.id;
    if (preset.host) context.host = preset.host;
    context.port = preset.port;
    context.security = preset.security;
  }
  if (values.host !== undefined) context.host = values.host;
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(t('finding.cli.error.port', { value: values.port }));
    context.port = port;
  }
  if (values.auth !== undefined) {
    const method = AUTH_METHODS.find((m) => m === values.auth);
    if (!method) throw new UsageError(t('finding.cli.error.auth', { choices: formatList(AUTH_METHODS, 'disjunction') }));
    context.authMethod = method;
  }
  if (values.network !== undefined) {
    const network = NETWORKS.find((n) => n === values.network);
    if (!network) throw new UsageError(t('finding.cli.error.network', { choices: formatList(NETWORKS, 'disjunction') }));
    context.network = network;
  }
  const describe: DescribeParams = {};
  if (context.host !== undefined) describe.host = context.host;
  if (context.port !== undefined) describe.port = context.port;
  if (values.address !== undefined) describe.address = values.address;
  const options: ExplainOptions = { json: values.json, context, describe };
  if (positionals.length > 0) options.text = positionals.join(' ');
  return options;
}

const indent = (text: string, prefix: string) =>
  text
    .split('\n')
    .map((line) => (line ? `${prefix}${line}` : prefix.trimEnd()))
    .join('\n');

function headline(d: FindingDescription): string {
  return t('finding.cli.headline', { title: d.title, severity: d.severityLabel, who: d.whoLabel });
}

/** "535 · 5.7.139 · “SmtpClientAuthentication is disabled…” · smtp.office365.com:587" */
function recognisedLine(recognised: readonly Recognised[]): string | null {
  if (recognised.length === 0) return null;
  const pieces = recognised.map((r) => (r.kind === 'phrase' ? t('finding.cli.recognised.phrase', { text: r.text }) : r.text));
  return t('finding.cli.recognised', { items: pieces.join(' · ') });
}

function formatHuman(top: FindingDescription | undefined, rest: readonly FindingDescription[], recognised: readonly Recognised[]): string {
  if (!top) return `${t('finding.label.nothing-to-fix')}\n`;
  const source = top.asOf ? t('finding.cli.source-as-of', { source: top.source, date: formatDay(top.asOf) }) : t('finding.cli.source', { source: top.source });
  const seen = recognisedLine(recognised);
  const mostLikely = t('finding.cli.most-likely', { headline: headline(top) });
  const parts = [
    seen ? `${mostLikely}\n${seen}` : mostLikely,
    top.explanation,
    `${t('finding.cli.steps')}\n${top.steps.map((step, i) => `  ${i + 1}. ${step}`).join('\n')}`,
    `${t('finding.cli.admin')}\n${indent(top.adminMessage, '  | ')}`,
    source,
  ];
  if (rest.length > 0) {
    // Other possible causes get title and explanation only (no second IT message); --json has them in full.
    const others = rest.map((d) => `- ${headline(d)}\n${indent(d.explanation, '  ')}`);
    parts.push(`${t('finding.cli.other-causes')}\n${others.join('\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}

function toJson(d: FindingDescription) {
  const { id, severity, who, title, explanation, steps, adminMessage, source, asOf } = d;
  return asOf === undefined
    ? { id, severity, who, title, explanation, steps, adminMessage, source }
    : { id, severity, who, title, explanation, steps, adminMessage, source, asOf };
}

async function run(args: string[], io: CliIo): Promise<number> {
  const options = parse(args);
  if (options === 'help') {
    io.stdout(`${t('cli.usage.explain')}\n`);
    return 0;
  }
  const text = options.text ?? (await io.readStdin());
  if (!text.trim()) throw new UsageError(t('finding.cli.error.no-text'));

  const diagnosis = diagnoseText(text, { context: options.context, ...(options.describe.address ? { address: options.describe.address } : {}) });
  const params = { ...diagnosis.describe, ...options.describe };
  const describe = (item: { id: Diagnosis['others'][number]['id']; quote?: string }) =>
    describeFinding(item.id, item.quote === undefined ? params : { ...params, quote: item.quote });
  const top = diagnosis.primary ? describe(diagnosis.primary) : undefined;
  const others = diagnosis.others.map(describe);
  if (options.json) {
    // `findings` keeps its shape (every finding, most likely first); the rest is additive.
    const all = [...(top ? [top] : []), ...others, ...diagnosis.setAside.map((s) => describe(s))];
    const document = {
      findings: all.map(toJson),
      primary: top ? toJson(top) : null,
      others: others.map(toJson),
      recognised: diagnosis.recognised,
      setAside: diagnosis.setAside,
    };
    io.stdout(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    io.stdout(formatHuman(top, others, diagnosis.recognised));
  }
  return diagnosis.primary?.id === 'unknown' ? 1 : 0;
}

export const explainCommand: CliCommand = {
  name: 'explain',
  summary: 'Explain a mail error in plain words, with steps and a message for IT.',
  get usage() {
    return t('cli.usage.explain');
  },
  run,
};
