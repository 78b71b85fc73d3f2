// Draws the app's icons (apps/web/public/icon-192.png and icon-512.png, linked from the web manifest):
// the favicon's two people on the brand colour, full bleed with the figures inside the central 80%
// so launchers may crop them to any shape ("maskable"). Plain Node: PNG written with zlib.
// Usage: node tools/make-icons.mjs (the PNGs are committed; run again after changing the drawing).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BRAND = [0x0b, 0x5d, 0x57];
const WHITE = [0xff, 0xff, 0xff];

/** Is the point (in the favicon's 32-unit square) white? Heads are circles, shoulders half ellipses. */
function white(x, y) {
  const inCircle = (cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  const inShoulders = (cx) => y <= 26 && ((x - cx) / 6) ** 2 + ((y - 26.5) / 7) ** 2 <= 1;
  return inCircle(11, 13, 4) || inCircle(21, 13, 4) || inShoulders(11) || inShoulders(21);
}

function draw(size) {
  const samples = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          // The 32-unit drawing scaled to 80% of the icon, centred.
          const u = ((px + (sx + 0.5) / samples) / size - 0.1) / 0.8;
          const v = ((py + (sy + 0.5) / samples) / size - 0.1) / 0.8;
          if (white(u * 32, v * 32 + 1.5)) hits++;
        }
      }
      const a = hits / samples ** 2;
      for (let c = 0; c < 3; c++) row[1 + px * 3 + c] = Math.round(BRAND[c] * (1 - a) + WHITE[c] * a);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(size, raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [192, 512]) {
  const file = `apps/web/public/icon-${size}.png`;
  writeFileSync(file, draw(size));
  console.log(`wrote ${file}`);
}
