/**
 * Titles for finding ids in reports. The findings catalogue is owned elsewhere, so the
 * report takes a `describe` function; by default it looks the id up in the shared
 * message table (finding.<id>.title / .explanation) and shows the bare id when absent.
 */
import { tDynamic } from '../i18n';

export interface FindingDescription {
  title: string;
  explanation: string;
}

export type DescribeFinding = (id: string) => FindingDescription | undefined;

export const describeFromMessages: DescribeFinding = (id) => {
  const titleKey = `finding.${id}.title`;
  const title = tDynamic(titleKey);
  // tDynamic returns the key itself when the message does not exist (yet).
  if (title === titleKey) return undefined;
  const explanationKey = `finding.${id}.explanation`;
  const explanation = tDynamic(explanationKey);
  return { title, explanation: explanation === explanationKey ? '' : explanation };
};
