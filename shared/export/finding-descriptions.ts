/**
 * Titles for finding ids in reports. The findings catalogue is owned elsewhere, so the
 * report takes a `describe` function; by default it looks the id up in the shared
 * message table through the catalogue's typed keys and gives undefined for an id the
 * catalogue does not know (a report from a newer version, say).
 */
import { isFindingId } from '../findings/ids';
import { findingKeys } from '../findings/message-keys';
import { t } from '../i18n';

export interface FindingDescription {
  title: string;
  explanation: string;
}

export type DescribeFinding = (id: string) => FindingDescription | undefined;

export const describeFromMessages: DescribeFinding = (id) => {
  if (!isFindingId(id)) return undefined;
  const keys = findingKeys(id);
  return { title: t(keys.title), explanation: t(keys.explanation) };
};
