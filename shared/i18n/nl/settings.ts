import type { settings as source } from '../en/settings';
import type { Translation } from '../translation';

/** Dutch: settings notices, plain-words JSON problems, password store (keychain) states. */
export const settings: Translation<typeof source> = {
  // Notices shown once at start (SettingsNotice kinds).
  'settings.notice.settings-corrupt.title': 'Uw opgeslagen instellingen konden niet worden gelezen',
  'settings.notice.settings-corrupt.body':
    'Het instellingenbestand was beschadigd, dus de app is gestart met nieuwe instellingen. Het oude bestand is bewaard als {movedTo}, voor het geval uw IT-afdeling ernaar wil kijken. Probleem: {problem}',
  'settings.notice.settings-corrupt.body-not-moved':
    'Het instellingenbestand {file} was beschadigd en kon niet opzij worden gezet. De app gebruikt daarom voorlopig nieuwe instellingen en slaat geen wijzigingen op. Probleem: {problem}',
  'settings.notice.settings-partly-recovered.title': 'Een deel van uw opgeslagen instellingen kon niet worden gelezen',
  'settings.notice.settings-partly-recovered.body':
    'Dit kon niet worden gelezen en is opzij gezet: {items}. Al het andere is gewoon geladen. Het is ongewijzigd bewaard in {movedTo}, voor het geval uw IT-afdeling ernaar wil kijken. Eerste probleem: {problem}',
  'settings.notice.settings-partly-recovered.body-not-moved':
    'Dit kon niet worden gelezen: {items}. Al het andere is geladen, maar de app kon er geen kopie van bewaren. Daarom slaat de app voorlopig geen wijzigingen op in {file}. Eerste probleem: {problem}',
  'settings.notice.settings-newer-version.title': 'Uw instellingen komen van een nieuwere versie van de app',
  'settings.notice.settings-newer-version.body':
    'Het instellingenbestand is geschreven door een nieuwere versie van Mail Setup Assistant (indeling {version}). Het is bewaard als {movedTo} en de app is gestart met nieuwe instellingen. Installeer de nieuwere versie opnieuw om het te gebruiken.',
  'settings.notice.settings-newer-version.body-not-moved':
    'Het instellingenbestand {file} is geschreven door een nieuwere versie van Mail Setup Assistant (indeling {version}). De app gebruikt voorlopig nieuwe instellingen en slaat geen wijzigingen op, zodat het nieuwere bestand blijft zoals het is.',
  'settings.notice.settings-unwritable.title': 'Instellingen kunnen niet worden opgeslagen',
  'settings.notice.settings-unwritable.body':
    'De app kan het instellingenbestand {file} niet schrijven, dus wijzigingen gaan verloren als u de app sluit. Probleem: {problem}',
  'settings.notice.org-defaults-invalid.title': 'Het instellingenbestand van uw organisatie is genegeerd',
  'settings.notice.org-defaults-invalid.body':
    'Het bestand {file} dat uw IT-afdeling heeft geplaatst, bevat een fout. De app gebruikt daarom de ingebouwde instellingen. Geef dit door aan uw IT-afdeling: {problem}',
  'settings.notice.org-defaults-unknown-keys.title': 'Het instellingenbestand van uw organisatie bevat onbekende instellingen',
  'settings.notice.org-defaults-unknown-keys.body':
    'Het bestand {file} bevat instellingen die deze versie niet kent: {keys}. Die zijn genegeerd; de rest van het bestand wordt wel gebruikt.',
  'settings.notice.org-defaults-unreadable.title': 'Het instellingenbestand van uw organisatie kon niet worden gelezen',
  'settings.notice.org-defaults-unreadable.body':
    'Het bestand {file} kon niet worden gelezen. De app gebruikt daarom de ingebouwde instellingen. Probleem: {problem}',

  // Plain-words descriptions of the first problem in a JSON file.
  'settings.problem.not-json': 'het bestand is geen geldige JSON ({detail}).',
  'settings.problem.not-object': 'het bestand moet één JSON-object bevatten.',
  'settings.problem.wrong-type': 'de instelling “{field}” moet {expected} zijn, maar is {received}.',
  'settings.problem.missing': 'de instelling “{field}” ontbreekt.',
  'settings.problem.not-one-of': 'de instelling “{field}” moet {allowed} zijn.',
  'settings.problem.unknown-key': 'deze app kent de instelling “{field}” niet.',
  'settings.problem.too-small': 'de instelling “{field}” is te kort of te klein.',
  'settings.problem.too-big': 'de instelling “{field}” is te lang of te groot.',
  'settings.problem.bad-format': 'de instelling “{field}” klopt niet: {detail}.',
  'settings.problem.duplicate-id': 'de instelling “{field}” herhaalt de id van eerder opgeslagen instellingen.',
  'settings.problem.too-many-profiles': 'er zijn meer dan {max, plural, one {# set opgeslagen instellingen} other {# sets opgeslagen instellingen}}; alles na de eerste {max, number} is opzij gezet.',
  'settings.problem.not-utf8': 'het bestand is geen tekst in UTF-8.',
  // The parts that were set aside, listed as {items} in the notice above.
  'settings.recovered.profile': 'de opgeslagen instellingen “{name}”',
  'settings.recovered.unnamed-profile': 'opgeslagen instellingen nummer {number} (zonder naam)',
  'settings.recovered.preferences': 'uw voorkeuren (in plaats daarvan worden de standaardwaarden gebruikt)',
  'settings.recovered.entry': 'de instelling “{key}”',
  'settings.problem.migration-failed': 'het bestand kon niet worden bijgewerkt naar de huidige indeling ({detail}).',

  // Keychain states (KEYCHAIN_UNAVAILABLE reasons), for the "remember" checkbox and profile list.
  'settings.keychain.no-native-module':
    'De app kon de wachtwoordopslag van deze computer niet openen, dus wachtwoorden kunnen niet worden onthouden. Al het andere werkt.',
  'settings.keychain.no-secret-service':
    'Er is geen wachtwoordopslag (sleutelhanger) beschikbaar op deze computer, dus wachtwoorden kunnen niet worden onthouden. Al het andere werkt.',
  'settings.keychain.locked':
    'Uw wachtwoordopslag (sleutelhanger) is vergrendeld. Ontgrendel die, bijvoorbeeld door u opnieuw aan te melden op uw computer, en probeer het daarna opnieuw.',
  'settings.keychain.unknown':
    'De wachtwoordopslag (sleutelhanger) reageerde niet zoals verwacht, dus wachtwoorden kunnen nu niet worden onthouden. Al het andere werkt.',
  'settings.keychain.secret-not-removed':
    'De opgeslagen instellingen zijn verwijderd, maar het bijbehorende wachtwoord kon niet uit de wachtwoordopslag worden verwijderd: {reason}',

  // Why a secret was not saved (credential policy).
  'settings.remember.not-ticked': 'Het wachtwoord is niet opgeslagen, omdat “Mijn wachtwoord onthouden” niet was aangevinkt.',
  'settings.remember.test-not-passed': 'Het wachtwoord wordt pas opgeslagen na een geslaagde aanmeldtest.',
  'settings.remember.no-secret': 'Bij deze aanmeldmethode is er geen wachtwoord om op te slaan.',
  'settings.remember.saved': 'Het wachtwoord is opgeslagen in de wachtwoordopslag van deze computer.',
  'settings.problem.invalid': 'de instelling “{field}” is niet geldig.',
  'settings.problem.file-invalid': 'het bestand heeft niet de vorm die deze app verwacht.',
  'settings.problem.type.string': 'tekst',
  'settings.problem.type.number': 'een getal',
  'settings.problem.type.int': 'een geheel getal',
  'settings.problem.type.boolean': 'true of false',
  'settings.problem.type.array': 'een lijst [ … ]',
  'settings.problem.type.object': 'een groep instellingen (een object)',
  'settings.problem.type.null': 'null (geen waarde)',
  'settings.problem.type.undefined': 'niet aanwezig',
};
