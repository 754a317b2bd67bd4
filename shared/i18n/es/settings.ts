import type { settings as source } from '../en/settings';
import type { Translation } from '../translation';

/** Spanish: settings notices, plain-words JSON problems, password store states. */
export const settings: Translation<typeof source> = {
  // Notices shown once at start (SettingsNotice kinds).
  'settings.notice.settings-corrupt.title': 'No se pudo leer tu configuración guardada',
  'settings.notice.settings-corrupt.body':
    'El archivo de configuración estaba dañado, así que la aplicación se inició con una configuración nueva. El archivo antiguo se guardó como {movedTo} por si tu departamento de TI quiere revisarlo. Problema: {problem}',
  'settings.notice.settings-corrupt.body-not-moved':
    'El archivo de configuración {file} estaba dañado y no se pudo apartar, así que por ahora la aplicación usa una configuración nueva y no guardará los cambios. Problema: {problem}',
  'settings.notice.settings-partly-recovered.title': 'No se pudo leer parte de tu configuración guardada',
  'settings.notice.settings-partly-recovered.body':
    'Esto no se pudo leer y se apartó: {items}. Todo lo demás se cargó con normalidad. Se guardó tal cual en {movedTo}, por si tu departamento de TI quiere revisarlo. Primer problema: {problem}',
  'settings.notice.settings-partly-recovered.body-not-moved':
    'Esto no se pudo leer: {items}. Todo lo demás se cargó, pero la aplicación no pudo guardar una copia, así que por ahora no guardará cambios en {file}. Primer problema: {problem}',
  'settings.notice.settings-newer-version.title': 'Tu configuración procede de una versión más reciente de la aplicación',
  'settings.notice.settings-newer-version.body':
    'El archivo de configuración lo escribió una versión más reciente de Mail Setup Assistant (formato {version}). Se guardó como {movedTo} y la aplicación se inició con una configuración nueva. Vuelve a instalar la versión más reciente para usarlo.',
  'settings.notice.settings-newer-version.body-not-moved':
    'El archivo de configuración {file} lo escribió una versión más reciente de Mail Setup Assistant (formato {version}). Por ahora la aplicación usa una configuración nueva y no guardará los cambios, para que el archivo más reciente quede tal como está.',
  'settings.notice.settings-unwritable.title': 'No se puede guardar la configuración',
  'settings.notice.settings-unwritable.body':
    'La aplicación no puede escribir su archivo de configuración {file}, así que los cambios se perderán al cerrarla. Problema: {problem}',
  'settings.notice.org-defaults-invalid.title': 'Se ha ignorado el archivo de configuración de tu organización',
  'settings.notice.org-defaults-invalid.body':
    'El archivo {file} que colocó tu departamento de TI tiene un problema, así que la aplicación usa su configuración integrada. Díselo a tu departamento de TI: {problem}',
  'settings.notice.org-defaults-unknown-keys.title': 'El archivo de configuración de tu organización tiene entradas desconocidas',
  'settings.notice.org-defaults-unknown-keys.body':
    'El archivo {file} contiene entradas que esta versión no conoce: {keys}. Se han ignorado; todo lo demás del archivo sí se usa.',
  'settings.notice.org-defaults-unreadable.title': 'No se pudo leer el archivo de configuración de tu organización',
  'settings.notice.org-defaults-unreadable.body':
    'No se pudo leer el archivo {file}, así que la aplicación usa su configuración integrada. Problema: {problem}',

  // Plain-words descriptions of the first problem in a JSON file (they follow «Problema:», so they start in lowercase).
  'settings.problem.not-json': 'el archivo no es un JSON válido ({detail}).',
  'settings.problem.not-object': 'el archivo debe contener un solo objeto JSON.',
  'settings.problem.wrong-type': 'la entrada «{field}» debería ser {expected}, pero es {received}.',
  'settings.problem.missing': 'falta la entrada «{field}».',
  'settings.problem.not-one-of': 'la entrada «{field}» debería ser {allowed}.',
  'settings.problem.unknown-key': 'la entrada «{field}» no es una de las que conoce esta aplicación.',
  'settings.problem.too-small': 'la entrada «{field}» es demasiado corta o demasiado pequeña.',
  'settings.problem.too-big': 'la entrada «{field}» es demasiado larga o demasiado grande.',
  'settings.problem.bad-format': 'la entrada «{field}» no es válida: {detail}.',
  'settings.problem.invalid': 'la entrada «{field}» no es válida.',
  'settings.problem.file-invalid': 'el archivo no tiene el formato que espera esta aplicación.',
  // What an entry holds, inside settings.problem.wrong-type («debería ser {expected}, pero es {received}»).
  'settings.problem.type.string': 'texto',
  'settings.problem.type.number': 'un número',
  'settings.problem.type.int': 'un número entero',
  'settings.problem.type.boolean': 'true o false',
  'settings.problem.type.array': 'una lista [ … ]',
  'settings.problem.type.object': 'un grupo de entradas (un objeto)',
  'settings.problem.type.null': 'null (sin valor)',
  'settings.problem.type.undefined': 'inexistente',
  'settings.problem.duplicate-id': 'la entrada «{field}» repite el identificador de una configuración guardada anterior.',
  'settings.problem.too-many-profiles': 'hay más de {max, plural, one {# configuración guardada} other {# configuraciones guardadas}}; las que siguen a {max, plural, one {la primera} other {las primeras #}} se apartaron.',
  'settings.problem.not-utf8': 'el archivo no es texto en UTF-8.',
  // The parts that were set aside, listed as {items} in the notice above.
  'settings.recovered.profile': 'la configuración guardada «{name}»',
  'settings.recovered.unnamed-profile': 'la configuración guardada n.º {number} (no tiene nombre)',
  'settings.recovered.preferences': 'tus preferencias (se usan los valores predeterminados en su lugar)',
  'settings.recovered.entry': 'la entrada «{key}»',
  'settings.problem.migration-failed': 'no se pudo actualizar el archivo al formato actual ({detail}).',

  // Keychain states (KEYCHAIN_UNAVAILABLE reasons), for the "remember" checkbox and profile list.
  'settings.keychain.no-native-module':
    'La aplicación no pudo abrir el almacén de contraseñas de este equipo, así que no se pueden recordar contraseñas. Todo lo demás funciona.',
  'settings.keychain.no-secret-service':
    'No hay ningún almacén de contraseñas (llavero) disponible en este equipo, así que no se pueden recordar contraseñas. Todo lo demás funciona.',
  'settings.keychain.locked':
    'Tu almacén de contraseñas (llavero) está bloqueado. Desbloquéalo, por ejemplo volviendo a iniciar sesión en el equipo, y vuelve a intentarlo.',
  'settings.keychain.unknown':
    'El almacén de contraseñas (llavero) no respondió como se esperaba, así que ahora mismo no se pueden recordar contraseñas. Todo lo demás funciona.',
  'settings.keychain.secret-not-removed':
    'Se eliminó el perfil, pero no se pudo quitar su contraseña guardada del almacén de contraseñas: {reason}',

  // Why a secret was not saved (credential policy).
  'settings.remember.not-ticked': 'La contraseña no se guardó porque no estaba marcada la casilla «Recordar».',
  'settings.remember.test-not-passed': 'La contraseña solo se guarda después de una prueba de inicio de sesión correcta.',
  'settings.remember.no-secret': 'Con este método de inicio de sesión no hay ninguna contraseña que guardar.',
  'settings.remember.saved': 'La contraseña está guardada en el almacén de contraseñas de este equipo.',
};
