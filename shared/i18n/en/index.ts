import { app } from './app';
import { discover } from './discover';
import { exportMessages } from './export-messages';
import { findings } from './findings';
import { probe } from './probe';
import { settings } from './settings';
import { wizard } from './wizard';

/** All English messages; each area keeps its own file so teams and translators work apart. */
export const en = {
  ...app,
  ...findings,
  ...probe,
  ...exportMessages,
  ...wizard,
  ...settings,
  ...discover,
} as const;

export type MessageKey = keyof typeof en;
