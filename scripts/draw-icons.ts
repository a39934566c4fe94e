/**
 * Draws the toolbar icons (16, 32, 48, 128 px): a page with text lines, one line highlighted
 * in amber (a figure), one in teal (a project). Run `npx tsx scripts/draw-icons.ts` after a
 * design change; the PNGs are committed so builds need no canvas library.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
type Shape = { inside: (x: number, y: number) => boolean; color: Rgba };

const roundRect =
  (x0: number, y0: number, x1: number, y1: number, r: number) => (x: number, y: number) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };

// Coordinates on a 128-unit canvas.
const shapes: Shape[] = [
  { inside: roundRect(6, 6, 122, 122, 26), color: [15, 107, 95, 255] }, // teal tile
  { inside: roundRect(30, 20, 98, 108, 8), color: [250, 250, 247, 255] }, // page
  { inside: roundRect(40, 34, 88, 42, 3), color: [60, 68, 78, 255] }, // headline
  { inside: roundRect(38, 52, 90, 64, 4), color: [255, 193, 7, 255] }, // figure highlight
  { inside: roundRect(42, 55, 86, 61, 2), color: [60, 68, 78, 255] },
  { inside: roundRect(42, 70, 86, 74, 2), color: [120, 128, 138, 255] },
  { inside: roundRect(38, 80, 78, 92, 4), color: [77, 208, 178, 255] }, // project highlight
  { inside: roundRect(42, 83, 74, 89, 2), color: [60, 68, 78, 255] },
];

function draw(size: number): Buffer {
  const samples = 4;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let coverage = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) / size) * 128;
          const y = ((py + (sy + 0.5) / samples) / size) * 128;
          let color: Rgba = [0, 0, 0, 0];
          for (const s of shapes) if (s.inside(x, y)) color = s.color;
          const a = color[3] / 255;
          r += color[0] * a;
          g += color[1] * a;
          b += color[2] * a;
          coverage += a;
        }
      }
      const n = samples * samples;
      const alpha = coverage / n;
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = alpha ? Math.round(r / coverage) : 0;
      raw[o + 1] = alpha ? Math.round(g / coverage) : 0;
      raw[o + 2] = alpha ? Math.round(b / coverage) : 0;
      raw[o + 3] = Math.round(alpha * 255);
    }
  }
  return png(size, size, raw);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(width: number, height: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`icons/icon-${size}.png`, draw(size));
console.log('icons written');
