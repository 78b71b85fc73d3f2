import { describe, expect, it } from 'vitest';
import { parseCsv, parseInvitees } from './invitee-list';

describe('parseInvitees', () => {
  it('reads a CSV of name,email,organisation with a header, quoted commas and a BOM', () => {
    const csv = '\uFEFFName,Email,Organisation\r\n"Smith, Jo",jo@example.org,"Food ""Bank"""\r\nAl,al@example.org,\r\n';
    expect(parseInvitees(csv)).toEqual([
      { name: 'Smith, Jo', email: 'jo@example.org', organisation: 'Food "Bank"' },
      { name: 'Al', email: 'al@example.org', organisation: '' },
    ]);
  });

  it('reads a pasted list: bare addresses, several on a line, name,email,organisation, and keeps lines with no address', () => {
    expect(parseInvitees('a@example.org\nb@example.org c@example.org\nDee,dee@example.org,Pantry\nnot an address\n')).toEqual([
      { email: 'a@example.org', name: '', organisation: '' },
      { email: 'b@example.org', name: '', organisation: '' },
      { email: 'c@example.org', name: '', organisation: '' },
      { email: 'dee@example.org', name: 'Dee', organisation: 'Pantry' },
      { email: 'not an address', name: '', organisation: '' },
    ]);
  });

  it('splits fields on commas, semicolons and tabs, and ignores blank lines', () => {
    expect(parseCsv('a;b\tc\n\n"x\ny",z')).toEqual([['a', 'b', 'c'], ['x\ny', 'z']]);
  });
});
