import { checkFile, contentTypeFor, formatBytes, kindForFolder, MAX_UPLOAD_BYTES, titleFromFilename } from './file-rules';

describe('library file rules', () => {
  it('takes the browser type when allowed, else the extension', () => {
    expect(contentTypeFor({ name: 'a.pdf', type: 'application/pdf' })).toBe('application/pdf');
    expect(contentTypeFor({ name: 'list.csv', type: 'application/vnd.ms-excel' })).toBe('text/csv');
    expect(contentTypeFor({ name: 'Report.DOCX', type: '' })).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(contentTypeFor({ name: 'photo.jpg', type: '' })).toBe('image/jpeg');
    expect(contentTypeFor({ name: 'setup.exe', type: 'application/x-msdownload' })).toBeNull();
    expect(contentTypeFor({ name: 'noextension', type: '' })).toBeNull();
  });

  it('refuses unknown types, empty files and files over the limit', () => {
    expect(checkFile({ name: 'a.pdf', type: 'application/pdf', size: 10 })).toEqual({ ok: true, contentType: 'application/pdf' });
    const exe = checkFile({ name: 'setup.exe', type: 'application/x-msdownload', size: 10 });
    expect(exe.ok).toBe(false);
    expect(!exe.ok && exe.message).toMatch(/“setup.exe” is not a type of file the library accepts\. Allowed: PDF, Word \(DOCX\)/);
    const empty = checkFile({ name: 'a.txt', type: 'text/plain', size: 0 });
    expect(!empty.ok && empty.message).toBe('“a.txt” is empty.');
    const big = checkFile({ name: 'big.pdf', type: 'application/pdf', size: MAX_UPLOAD_BYTES + 1 });
    expect(!big.ok && big.message).toBe('“big.pdf” is 100 MB: files can be at most 100 MB.');
    expect(checkFile({ name: 'big.pdf', type: 'application/pdf', size: MAX_UPLOAD_BYTES }).ok).toBe(true);
  });

  it('formats sizes and default titles', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(250 * 1024 * 1024)).toBe('250 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3 GB');
    expect(titleFromFilename('Minutes 2026-03.final.pdf')).toBe('Minutes 2026-03.final');
    expect(titleFromFilename('.hidden')).toBe('.hidden');
  });
});

describe('kindForFolder', () => {
  it('suggests the kind a folder name speaks of, Other otherwise', () => {
    expect(['Minutes', 'Board minutes 2026', 'Policies', 'Safeguarding policy', 'Templates', 'Annual reports', 'Photos', null].map(kindForFolder)).toEqual([
      'MINUTES',
      'MINUTES',
      'POLICY',
      'POLICY',
      'TEMPLATE',
      'REPORT',
      'OTHER',
      'OTHER',
    ]);
  });
});
