#!/usr/bin/env node
// Draws the Teams app icons (a shield with a check mark) and writes them as PNG, with node:zlib only:
//   manifests/teams/color.png   192×192, the glyph on the accent colour (Teams: full-colour icon)
//   manifests/teams/outline.png  32×32, white glyph on a transparent background (Teams: outline icon)
// Requirements: learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package#app-icons
// PNG layout (signature, IHDR, IDAT, IEND; chunk = length, type, data, CRC-32 of type+data): RFC 2083 / W3C PNG.
// Usage: node scripts/make-icons.mjs   (the PNGs are committed; rerun only to change the design)

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

/** Keep in step with `accentColor` in manifests/teams/manifest.json. */
const ACCENT = [0x1b, 0x5e, 0x8c];
const WHITE = [0xff, 0xff, 0xff];

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'manifests', 'teams');

// --- geometry, in a unit square (0,0 top left) ----------------------------------------------------------------

/** Half the shield's width at height y, shrunk by `inset`; negative = outside. */
function shieldHalfWidth(y, inset) {
  const top = 0.14 + inset;
  const shoulder = 0.5;
  const bottom = 0.9 - inset * 1.6;
  if (y < top || y > bottom) return -1;
  const full = 0.33 - inset;
  if (y <= shoulder) return full;
  const t = (y - shoulder) / (bottom - shoulder);
  return full * (1 - t ** 1.5);
}

const inShield = (x, y, inset = 0) => Math.abs(x - 0.5) <= shieldHalfWidth(y, inset);

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const CHECK = [
  [0.35, 0.5],
  [0.46, 0.62],
  [0.66, 0.38],
];

const inCheck = (x, y, width) =>
  distanceToSegment(x, y, CHECK[0], CHECK[1]) <= width / 2 || distanceToSegment(x, y, CHECK[1], CHECK[2]) <= width / 2;

/** Fraction of the pixel (px, py) of a size×size image covered by `shape`, from 4×4 samples. */
function coverage(size, px, py, shape) {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) if (shape((px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size)) hits++;
  }
  return hits / 16;
}

const mix = (a, b, t) => a.map((v, i) => Math.round(v * (1 - t) + b[i] * t));

// --- icons ------------------------------------------------------------------------------------------------------

function colorIcon(size) {
  const pixels = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const shield = coverage(size, x, y, (u, v) => inShield(u, v));
      const check = coverage(size, x, y, (u, v) => inShield(u, v) && inCheck(u, v, 0.075));
      pixels.push(mix(mix(ACCENT, WHITE, shield), ACCENT, check));
    }
  }
  return encodePng(size, size, pixels, false);
}

function outlineIcon(size) {
  const stroke = 2.2 / size;
  const glyph = (u, v) => (inShield(u, v) && !inShield(u, v, stroke)) || inCheck(u, v, 2.6 / size);
  const pixels = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) pixels.push([...WHITE, Math.round(255 * coverage(size, x, y, glyph))]);
  }
  return encodePng(size, size, pixels, true);
}

// --- PNG --------------------------------------------------------------------------------------------------------

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

/** 8-bit truecolour (colour type 2) or truecolour with alpha (6); each scanline starts with filter type 0. */
function encodePng(width, height, pixels, alpha) {
  const channels = alpha ? 4 : 3;
  const raw = Buffer.alloc(height * (1 + width * channels));
  let o = 0;
  for (let y = 0; y < height; y++) {
    raw[o++] = 0;
    for (let x = 0; x < width; x++) for (const v of pixels[y * width + x].slice(0, channels)) raw[o++] = v;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = alpha ? 6 : 2; // colour type
  // compression 0 (deflate), filter method 0, no interlace: already zero
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync(join(outDir, 'color.png'), colorIcon(192));
writeFileSync(join(outDir, 'outline.png'), outlineIcon(32));
console.log(`wrote ${join(outDir, 'color.png')} and ${join(outDir, 'outline.png')}`);
