import type { profiles as source } from '../en/profiles';
import type { Translation } from '../translation';

/** Spanish: the saved settings (profiles) screen. */
export const profiles: Translation<typeof source> = {
  'profiles.title': 'Configuraciones guardadas',
  'profiles.empty': 'Todavía no hay nada guardado. Después de una prueba correcta puedes guardar aquí la configuración.',
  'profiles.setUp': 'Configurar el envío',
  'profiles.lastTest': 'Última prueba: {verdict}, {when}',
  'profiles.neverTested': 'Sin probar todavía',
  'profiles.verdict.pass': 'funcionó',
  'profiles.verdict.warn': 'funcionó, con una advertencia',
  'profiles.verdict.fail': 'no funcionó',
  'profiles.verdict.cancelled': 'cancelada',
  'profiles.passwordRemembered': 'contraseña recordada',
  'profiles.passwordNotRemembered': 'contraseña no recordada',
  'profiles.retest': 'Volver a probar',
  'profiles.testing': 'Probando…',
  'profiles.noPassword': 'No hay ninguna contraseña recordada para esta cuenta. Vuelve a configurarla para probar con tu contraseña.',
  'profiles.export': 'Exportar',
  'profiles.rename': 'Cambiar nombre',
  'profiles.newName': 'Nombre nuevo',
  'profiles.saveName': 'Guardar nombre',
  'profiles.renamed': 'Nombre cambiado.',
  'profiles.delete': 'Eliminar',
  'profiles.confirmDelete': '¿Eliminar «{name}» y su contraseña recordada?',
  'profiles.deleted': 'Se eliminó «{name}».',
  'profiles.failed': 'No funcionó. Inténtalo de nuevo.',
  'profiles.forgetAll': 'Olvidarlo todo',
  'profiles.forgetAll.confirm': '¿Eliminar todas las configuraciones guardadas y todas las contraseñas recordadas?',
  'profiles.forgetAll.done': 'Se ha olvidado todo.',
  'profiles.keychainUnavailable.title': 'El almacén de contraseñas de este equipo no está disponible',
  'profiles.keychainUnavailable.body': 'Tus configuraciones guardadas siguen funcionando, y puedes probar escribiendo tu contraseña. Lo único es que no se puede recordar hasta que el almacén de contraseñas vuelva a funcionar.',

  // `--profile NAME` on the command line (electron/cli/saved-profile.ts).
  'profiles.cli.not-found': 'no hay ninguna configuración guardada llamada «{name}» en {folder} (guardadas: {known}).',
  'profiles.cli.not-found-none': 'no hay ninguna configuración guardada llamada «{name}» en {folder}: allí no hay configuraciones guardadas.',
  'profiles.cli.quoted': '«{name}»',
  'profiles.cli.settings-unreadable': "no se puede leer la configuración de {file} ({problem}); no se ha cambiado nada.",
  'profiles.cli.settings-newer': "la configuración de {file} se guardó con una versión más reciente de Mail Setup Assistant; actualiza esta para usarla. No se ha cambiado nada.",
};
