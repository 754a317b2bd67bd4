import type { validation as source } from '../en/validation';
import type { Translation } from '../translation';

/**
 * Dutch: input rules (shared/validation.ts). They follow the field name
 * (“host: is geen geldige servernaam”), so each starts in lower case.
 */
export const validation: Translation<typeof source> = {
  'validation.required': 'is verplicht',
  'validation.line-breaks': 'mag geen regeleinden of besturingstekens bevatten',
  'validation.host': 'is geen geldige servernaam',
  'validation.address': 'is geen geldig e-mailadres',
  'validation.too-long': 'is te lang (maximaal {max, plural, one {# teken} other {# tekens}})',
  'validation.user-characters': 'mag geen spaties of onzichtbare tekens bevatten',
  'validation.sender-address':
    'wordt gebruikt als afzender van het testbericht en moet dus een volledig e-mailadres zijn, zoals name@example.com',
  'validation.password-characters': 'mag geen regeleinden of andere besturingstekens bevatten',
  'validation.token-characters': 'is geen toegangstoken (alleen letters, cijfers en - . _ ~ + /)',
  'validation.fingerprint': 'is geen SHA-256-vingerafdruk',
  'validation.name-characters': 'mag geen regeleinden, besturingstekens of tekens voor de tekstrichting bevatten',
  'validation.too-many-profiles': 'u kunt maximaal {max, plural, one {# set opgeslagen instellingen} other {# sets opgeslagen instellingen}} bewaren; verwijder er eerst een paar voordat u nieuwe toevoegt',
  'validation.oauth-account-key': 'is geen aangemeld account',
  'validation.env-name': 'moet de naam van een omgevingsvariabele zijn, zoals {example}',
  'validation.default-preset-listed': 'moet ook in "presets" staan',
};
