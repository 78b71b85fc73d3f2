import { cleanMultiLineText, hasVisibleCharacter, normaliseText, singleLineTextProblem } from './index';

describe('text rules', () => {
  it('normalises to NFC', () => {
    expect(normaliseText('Cafe\u0301')).toBe('Caf\u00E9');
  });

  it.each([
    ['invoice\u202Efdp.exe', 'BIDI_CONTROL'],
    ['\u202Aembedded', 'BIDI_CONTROL'],
    ['isolate \u2066x\u2069', 'BIDI_CONTROL'],
    ['\u200B\u200C\u200D\u2060\uFEFF', 'INVISIBLE'],
    ['   \t', 'INVISIBLE'],
    ['\u3164\u115F', 'INVISIBLE'],
    ['\u0301', 'INVISIBLE'],
    ['Title', null],
    ['', null],
    ['👩\u200D👧', null],
    ['\u05E9\u05DC\u05D5\u05DD', null],
    ['left\u200Fmark', null],
  ])('single-line %j: %s', (value, problem) => {
    expect(singleLineTextProblem(value)).toBe(problem);
  });

  it('strips bidirectional controls from multi-line text and keeps the rest', () => {
    expect(cleanMultiLineText('a\u202Eb\u2066c\u2069\nd\u200Fe')).toBe('abc\nd\u200Fe');
    expect(hasVisibleCharacter('\u00A0\u2800')).toBe(false);
  });
});
