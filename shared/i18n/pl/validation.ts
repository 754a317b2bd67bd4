import type { validation as source } from '../en/validation';
import type { Translation } from '../translation';

/**
 * Polish: input rules (shared/validation.ts). They follow the field name
 * („host: to nie jest prawidłowa nazwa serwera”), so each starts in lower case and uses
 * no adjective that would have to agree with the field's gender.
 */
export const validation: Translation<typeof source> = {
  'validation.required': 'to pole jest wymagane',
  'validation.oauth-account-key': 'to nie jest zalogowane konto',
  'validation.env-name': 'musi być nazwą zmiennej środowiskowej, na przykład {example}',
  'validation.default-preset-listed': 'musi się też znaleźć na liście „presets”',
  'validation.line-breaks': 'nie może zawierać podziałów wiersza ani znaków sterujących',
  'validation.host': 'to nie jest prawidłowa nazwa serwera',
  'validation.address': 'to nie jest prawidłowy adres e-mail',
  'validation.too-long': 'za dużo znaków (najwyżej {max, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}})',
  'validation.user-characters': 'nie może zawierać spacji ani niewidocznych znaków',
  'validation.sender-address':
    'służy jako nadawca wiadomości testowej, więc musi to być pełny adres e-mail, na przykład nazwa@example.com',
  'validation.password-characters': 'nie może zawierać podziałów wiersza ani innych znaków sterujących',
  'validation.token-characters': 'to nie jest token dostępu (dozwolone są tylko litery, cyfry oraz - . _ ~ + /)',
  'validation.fingerprint': 'to nie jest odcisk palca SHA-256',
  'validation.name-characters': 'nie może zawierać podziałów wiersza, znaków sterujących ani znaczników kierunku tekstu',
  'validation.too-many-profiles':
    'możesz mieć najwyżej {max, plural, one {# zestaw} few {# zestawy} many {# zestawów} other {# zestawu}} zapisanych ustawień; usuń część, zanim dodasz kolejne',
};
