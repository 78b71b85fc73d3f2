/**
 * Rules for every piece of text people type, shared by the API (which applies them
 * to every input, see TextInputPipe) and the web client.
 *
 * - Text is stored in Unicode NFC, so one spelling of a name is one string.
 * - Bidirectional embedding, override and isolate controls (U+202A-U+202E,
 *   U+2066-U+2069) can make "invoice\u202Efdp.exe" read as "invoiceexe.pdf": a
 *   single-line value (a title, a name, a file name, a tag) refuses them; a
 *   multi-line body (a post, a description) has them removed.
 * - A single-line value that is not empty shows at least one character: not only
 *   spaces, zero-width or other invisible characters.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS_ALL = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * A character that shows: not white space, a control, a format character (zero-width
 * space and joiner, BOM, bidi marks), a combining mark on its own, unassigned or a
 * surrogate, nor one of the "filler" letters that render blank.
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Cn}\p{Cs}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u2800]/u;

export type TextProblem = 'BIDI_CONTROL' | 'INVISIBLE';

export function normaliseText(value: string): string {
  return value.normalize('NFC');
}

export function hasVisibleCharacter(value: string): boolean {
  return VISIBLE.test(value);
}

/** What is wrong with a single-line value, or null. Empty values are left to each field's own rules. */
export function singleLineTextProblem(value: string): TextProblem | null {
  if (BIDI_CONTROLS.test(value)) return 'BIDI_CONTROL';
  if (value !== '' && !hasVisibleCharacter(value)) return 'INVISIBLE';
  return null;
}

export function describeTextProblem(field: string, problem: TextProblem): string {
  return problem === 'BIDI_CONTROL'
    ? `${field} may not contain bidirectional control characters (U+202A to U+202E, U+2066 to U+2069)`
    : `${field} must contain at least one visible character`;
}

/** A multi-line body as stored: NFC, without bidirectional controls. */
export function cleanMultiLineText(value: string): string {
  return normaliseText(value).replace(BIDI_CONTROLS_ALL, '');
}
