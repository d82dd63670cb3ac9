// Draws the toolbar icons (our own art): a blue rounded square with a white
// "page of text". Writes icon-<size>.png for 16, 32, 48 and 128 into <out-dir>.
// Usage: node make-icons.mjs <out-dir>
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const outDir = process.argv[2];
if (!outDir) {
  console.error("usage: make-icons.mjs <out-dir>");
  process.exit(2);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) {
    c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (size*size*4) to a PNG file. */
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Coverage (0..1) of pixel (x, y) by a rounded rectangle, 4x4 supersampled. */
function coverage(x, y, rect) {
  let hits = 0;
  for (let sy = 0; sy < 4; sy += 1) {
    for (let sx = 0; sx < 4; sx += 1) {
      const px = x + (sx + 0.5) / 4;
      const py = y + (sy + 0.5) / 4;
      const dx = Math.max(rect.x0 + rect.r - px, 0, px - (rect.x1 - rect.r));
      const dy = Math.max(rect.y0 + rect.r - py, 0, py - (rect.y1 - rect.r));
      if (px >= rect.x0 && px <= rect.x1 && py >= rect.y0 && py <= rect.y1 && dx * dx + dy * dy <= rect.r * rect.r) {
        hits += 1;
      }
    }
  }
  return hits / 16;
}

function draw(size) {
  const s = size / 16;
  const layers = [
    { rect: { x0: 0, y0: 0, x1: size, y1: size, r: 3.5 * s }, color: [11, 79, 163] },
    { rect: { x0: 3.5 * s, y0: 2.5 * s, x1: 12.5 * s, y1: 13.5 * s, r: 1 * s }, color: [255, 255, 255] },
  ];
  // Lines of "text" on the page; the first is the headline.
  const lines = [
    [5 * s, 4.3 * s, 11 * s, 1.6 * s],
    [5 * s, 7 * s, 11 * s, 0.9 * s],
    [5 * s, 8.9 * s, 11 * s, 0.9 * s],
    [5 * s, 10.8 * s, 9 * s, 0.9 * s],
  ];
  for (const [x0, y0, x1, h] of lines) {
    layers.push({ rect: { x0, y0, x1, y1: y0 + Math.max(h, 1), r: 0 }, color: [11, 79, 163] });
  }
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const { rect, color } of layers) {
        const c = coverage(x, y, rect);
        if (c > 0) {
          const na = c + a * (1 - c);
          r = (color[0] * c + r * a * (1 - c)) / na;
          g = (color[1] * c + g * a * (1 - c)) / na;
          b = (color[2] * c + b * a * (1 - c)) / na;
          a = na;
        }
      }
      const i = (y * size + x) * 4;
      rgba[i] = Math.round(r);
      rgba[i + 1] = Math.round(g);
      rgba[i + 2] = Math.round(b);
      rgba[i + 3] = Math.round(a * 255);
    }
  }
  return png(size, rgba);
}

mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(join(outDir, `icon-${size}.png`), draw(size));
}
