import {
  isValidCharityNumber,
  isValidCompanyNumber,
  isValidEmail,
  isValidSlug,
  isValidWebsite,
  normaliseEmail,
} from './index';

describe('shared validation rules', () => {
  it('normalises emails for comparison', () => {
    expect(normaliseEmail('  Jo.Bloggs@Example.ORG ')).toBe('jo.bloggs@example.org');
  });

  it.each([
    ['jo@example.org', true],
    ['jo@localhost', false],
    ['not-an-email', false],
    ['two@@example.org', false],
    ['spa ce@example.org', false],
  ])('email %s valid=%s', (email, valid) => {
    expect(isValidEmail(email)).toBe(valid);
  });

  it.each([
    ['1123456', true],
    ['224537', true],
    ['1123456-1', true],
    ['SC012345', true],
    ['sc 012345', true],
    ['12345', false],
    ['ABC', false],
  ])('charity number %s valid=%s', (value, valid) => {
    expect(isValidCharityNumber(value)).toBe(valid);
  });

  it.each([
    ['01234567', true],
    ['SC123456', true],
    ['oc 123456', true],
    ['1234567', false],
    ['XYZ', false],
  ])('company number %s valid=%s', (value, valid) => {
    expect(isValidCompanyNumber(value)).toBe(valid);
  });

  it('accepts only http(s) websites with a domain', () => {
    expect(isValidWebsite('https://example.org')).toBe(true);
    expect(isValidWebsite('javascript:alert(1)')).toBe(false);
    expect(isValidWebsite('http://localhost')).toBe(false);
  });

  it('accepts kebab-case slugs only', () => {
    expect(isValidSlug('holmes-chapel')).toBe(true);
    expect(isValidSlug('Holmes Chapel')).toBe(false);
    expect(isValidSlug('-x')).toBe(false);
  });
});
