import { mergeTables } from '../merge-tables';
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
import { validation } from './validation';
import { signin } from './signin';
import { verdicts } from './verdicts';
import { wizard } from './wizard';

/** All English messages; each area keeps its own file so teams and translators work apart. */
export const en = mergeTables(
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

export type MessageKey = keyof typeof en;
