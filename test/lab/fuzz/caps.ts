/** The probe's transcript caps, which the fuzz lab checks every result against. */
export { TRANSCRIPT_MAX_BYTES, TRANSCRIPT_MAX_LINES } from '../../../electron/probe/recorder';
