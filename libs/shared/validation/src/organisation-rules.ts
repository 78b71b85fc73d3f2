export const ORGANISATION_KINDS = ['VOLUNTARY', 'COMMUNITY', 'FAITH', 'PUBLIC', 'BUSINESS'] as const;
export type OrganisationKindName = (typeof ORGANISATION_KINDS)[number];

// Charity Commission (England & Wales) numbers are 6-7 digits, optionally with a
// "-N" suffix for linked charities; OSCR (Scotland) uses SC + 6 digits; the
// Charity Commission for Northern Ireland uses NIC + 6 digits (often written 10xxxx).
const CHARITY_NUMBER = /^(?:\d{6,7}(?:-\d{1,2})?|SC\d{6}|NIC\d{6}|\d{6})$/;
// Companies House: 8 digits, or a 2-letter prefix (SC, NI, OC, SO, NC, R0, ...) and 6 digits.
const COMPANY_NUMBER = /^(?:\d{8}|[A-Z]{2}\d{6}|R0\d{6})$/;

export function normaliseRegistrationNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export function isValidCharityNumber(value: string): boolean {
  return CHARITY_NUMBER.test(normaliseRegistrationNumber(value));
}

export function isValidCompanyNumber(value: string): boolean {
  return COMPANY_NUMBER.test(normaliseRegistrationNumber(value));
}

export function isValidWebsite(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
