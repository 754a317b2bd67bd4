import { app } from './app';
import { discover } from './discover';
import { exportMessages } from './export-messages';
import { findings } from './findings';
import { probe } from './probe';
import { results } from './results';
import { settings } from './settings';
import { wizard } from './wizard';

/** All English messages; each area keeps its own file so teams and translators work apart. */
export const en = {
  ...app,
  ...findings,
  ...probe,
  ...exportMessages,
  ...wizard,
  ...results,
  ...settings,
  ...discover,
} as const;

export type MessageKey = keyof typeof en;
