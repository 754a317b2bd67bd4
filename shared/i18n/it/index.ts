import { mergeTables } from '../merge-tables';
import type { MessageKey } from '../en';
import { app } from './app';
import { cli } from './cli';
import { discover } from './discover';
import { exportApps } from './export-apps';
import { exportMessages } from './export-messages';
import { exportSigning } from './export-signing';
import { exportScreen } from './export-screen';
import { findings } from './findings';
import { oauth } from './oauth';
import { probe } from './probe';
import { profiles } from './profiles';
import { results } from './results';
import { settings } from './settings';
import { signin } from './signin';
import { validation } from './validation';
import { verdicts } from './verdicts';
import { wizard } from './wizard';

/** All Italian messages, area by area like the English (shared/i18n/en/index.ts). */
export const it: Readonly<Record<MessageKey, string>> = mergeTables(
  app,
  findings,
  probe,
  exportMessages,
  exportScreen,
  exportApps,
  exportSigning,
  wizard,
  results,
  settings,
  profiles,
  discover,
  oauth,
  validation,
  signin,
  verdicts,
  cli,
);
