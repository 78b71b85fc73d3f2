import { parseRange } from './storage.controller';
import { contentDisposition } from './storage.service';

describe('parseRange', () => {
  it('reads the forms browsers send', () => {
    expect(parseRange(undefined, 100)).toBeNull();
    expect(parseRange('bytes=0-9', 100)).toEqual({ offset: 0, length: 10 });
    expect(parseRange('bytes=90-', 100)).toEqual({ offset: 90, length: 10 });
    expect(parseRange('bytes=-5', 100)).toEqual({ offset: 95, length: 5 });
    expect(parseRange('bytes=50-500', 100)).toEqual({ offset: 50, length: 50 });
  });

  it('refuses ranges outside the file', () => {
    expect(parseRange('bytes=100-', 100)).toBe('unsatisfiable');
    expect(parseRange('bytes=20-10', 100)).toBe('unsatisfiable');
  });
});

describe('contentDisposition', () => {
  it('keeps unsafe characters out of the plain filename and encodes the real one', () => {
    const header = contentDisposition('Minutes "final"; café.pdf');
    expect(header).toBe(`attachment; filename="Minutes _final__ caf_.pdf"; filename*=UTF-8''Minutes%20%22final%22%3B%20caf%C3%A9.pdf`);
  });
});
