import { crc32, deflateRawSync } from 'node:zlib';

/** One entry of a test zip, written byte by byte so a test can make any zip, honest or not. */
export interface ZipEntrySpec {
  /** The name: a string (written as UTF-8) or the exact bytes (e.g. CP437). */
  name: string | Buffer;
  data?: Buffer;
  /** General-purpose bit 11: the name is UTF-8. Default: true for a string name with non-ASCII characters. */
  utf8?: boolean;
  deflate?: boolean;
  /** Last modified (written as an MS-DOS date and time, UTC). */
  modified?: Date;
  /** Declare this uncompressed size instead of the real one (a lying header). */
  declaredSize?: number;
}

function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** A zip file (no zip64, no encryption) of these entries, in this order. */
export function buildZip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const spec of entries) {
    const name = Buffer.isBuffer(spec.name) ? spec.name : Buffer.from(spec.name, 'utf8');
    const utf8 = spec.utf8 ?? (!Buffer.isBuffer(spec.name) && /[^\x00-\x7f]/.test(spec.name));
    const data = spec.data ?? Buffer.alloc(0);
    const body = spec.deflate ? deflateRawSync(data) : data;
    const { time, date } = dosDateTime(spec.modified ?? new Date(Date.UTC(2021, 5, 15, 10, 30, 0)));
    const flags = utf8 ? 0x800 : 0;
    const method = spec.deflate ? 8 : 0;
    const crc = crc32(data) >>> 0;
    const size = spec.declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
