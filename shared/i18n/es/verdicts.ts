import type { verdicts as source } from '../en/verdicts';
import type { Translation } from '../translation';

/** Spanish: what a test proved (shared/proven.ts), for the result heading and the CLI. */
export const verdicts: Translation<typeof source> = {
  // «El envío funciona», its warning and «responde y es seguro; cuenta sin comprobar» are the diagnosis's (findings-verdict.ts).
  'verdict.heading.accepted-without-sign-in': 'El servidor aceptó un mensaje de prueba sin iniciar sesión',
  'verdict.heading.reachable-plain-not-checked': 'El servidor responde, pero sin cifrar; no se ha comprobado tu cuenta',
  'verdict.heading.not-working': 'El envío todavía no funciona',
  'verdict.heading.cancelled': 'Se canceló la prueba',

  // Each line stands beside its state («Comprobado», «Sin comprobar»…), so the unchecked ones name the step as a noun.
  'verdict.checklist': 'Qué comprobó esta prueba',
  'verdict.state.checked': 'Comprobado',
  'verdict.state.not-checked': 'Sin comprobar',
  'verdict.state.failed': 'No funcionó',
  'verdict.state.not-asked': 'No solicitado',
  'verdict.check.reach.checked': 'Este equipo se conectó a {host} en el puerto {port}.',
  'verdict.check.reach.not-checked': 'Conexión con {host} en el puerto {port}.',
  'verdict.check.reach.failed': 'Conexión con {host} en el puerto {port}.',
  'verdict.check.secure.checked': 'La conexión estaba cifrada y se comprobó el certificado del servidor.',
  'verdict.check.secure.not-checked': 'Cifrado de la conexión.',
  'verdict.check.secure.failed': 'Cifrado de la conexión.',
  'verdict.check.sign-in.checked': 'Sesión iniciada como {user}.',
  'verdict.check.sign-in.not-checked': 'Tu cuenta: esta prueba no inició sesión, así que no puede saber si tu aplicación de correo podrá hacerlo.',
  'verdict.check.sign-in.failed': 'Inicio de sesión como {user}.',
  'verdict.check.message.checked': 'Se entregó al servidor un mensaje de prueba para {address}.',
  'verdict.check.message.not-checked': 'Envío de un mensaje de prueba.',
  'verdict.check.message.failed': 'Envío de un mensaje de prueba a {address}.',
  'verdict.check.message.not-asked': 'Envío de un mensaje de prueba.',

  // The CLI adds one line under «Resultado: …» (electron/cli/probe-output.ts); exit codes and --json are unchanged.
  'verdict.cli.proven': 'Comprobado: {heading}.',
};
