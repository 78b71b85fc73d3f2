import { decodeCp437, decodeEntryName, parseEntryPath } from './zip-names';

describe('zip entry names', () => {
  it('decodes CP437 unless bit 11 says UTF-8', () => {
    const cp437 = Buffer.from([0x52, 0x82, 0x73, 0x75, 0x6d, 0x82, 0x2e, 0x74, 0x78, 0x74]);
    expect(decodeEntryName({ fileName: cp437, generalPurposeBitFlag: 0 })).toBe('Résumé.txt');
    expect(decodeEntryName({ fileName: Buffer.from('Café.txt', 'utf8'), generalPurposeBitFlag: 0x800 })).toBe('Café.txt');
    expect(decodeCp437(Buffer.from([0x9c, 0xe1, 0xff]))).toBe('£ß\u00a0');
  });

  it.each([
    ['/etc/passwd', 'UNSAFE_PATH'],
    ['C:\\Windows\\x.txt', 'UNSAFE_PATH'],
    ['\\\\server\\share\\x.txt', 'UNSAFE_PATH'],
    ['../escape.txt', 'UNSAFE_PATH'],
    ['a/../../b.txt', 'UNSAFE_PATH'],
    ['a\\..\\b.txt', 'UNSAFE_PATH'],
    ['bad\u0001name.txt', 'UNSAFE_PATH'],
    ['__MACOSX/a/._b.pdf', 'SYSTEM_FILE'],
    ['a/.DS_Store', 'SYSTEM_FILE'],
    ['a/THUMBS.DB', 'SYSTEM_FILE'],
  ])('refuses %s (%s)', (name, reason) => {
    expect(parseEntryPath(name)).toEqual({ ok: false, reason });
  });

  it('splits folders from the file name, ignoring "." and empty segments', () => {
    expect(parseEntryPath('Board/./Minutes//2021/March.pdf')).toEqual({ ok: true, folders: ['Board', 'Minutes', '2021'], name: 'March.pdf' });
    expect(parseEntryPath('Board\\Minutes\\')).toEqual({ ok: true, folders: ['Board', 'Minutes'], name: null });
  });
});
