import { cleanFilename, matchesDeclaredType } from './file-signature';

describe('matchesDeclaredType', () => {
  it('accepts real signatures', () => {
    expect(matchesDeclaredType('application/pdf', Buffer.from('%PDF-1.7\n'))).toBe(true);
    expect(matchesDeclaredType('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(true);
    expect(matchesDeclaredType('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(matchesDeclaredType('application/vnd.openxmlformats-officedocument.wordprocessingml.document', Buffer.from('PK\x03\x04rest'))).toBe(true);
    expect(matchesDeclaredType('text/csv', Buffer.from('name,area\nMoss Rose,Macclesfield\n'))).toBe(true);
    expect(matchesDeclaredType('text/plain', Buffer.from('Minutes — café ✓'))).toBe(true);
  });

  it('refuses programs and mismatches', () => {
    expect(matchesDeclaredType('application/pdf', Buffer.from('MZ\x90\x00'))).toBe(false);
    expect(matchesDeclaredType('text/plain', Buffer.from('\x7fELF\x02\x01'))).toBe(false);
    expect(matchesDeclaredType('text/plain', Buffer.from('#!/bin/sh\nrm -rf /'))).toBe(false);
    expect(matchesDeclaredType('text/csv', Buffer.from([0x61, 0x00, 0x62]))).toBe(false);
    expect(matchesDeclaredType('image/png', Buffer.from('%PDF-1.4'))).toBe(false);
    expect(matchesDeclaredType('application/x-msdownload', Buffer.from('MZ'))).toBe(false);
  });

  it('tolerates a sample cut inside a multi-byte character', () => {
    const text = Buffer.from('abc✓');
    expect(matchesDeclaredType('text/plain', text.subarray(0, text.length - 1))).toBe(true);
  });
});

describe('cleanFilename', () => {
  it('drops paths, control characters and leading dots', () => {
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('C:\\Users\\jo\\Minutes March.pdf')).toBe('Minutes March.pdf');
    expect(cleanFilename('.hidden\u0000name.txt')).toBe('hiddenname.txt');
  });
});
