import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync, inflateSync } from 'node:zlib';
import { type AppManifest, AppManifestUtils } from '@microsoft/app-manifest';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const teamsDir = join(import.meta.dirname, '..', '..', 'manifests', 'teams');
const script = join(import.meta.dirname, '..', '..', 'scripts', 'package-teams.mjs');
/** The parts of the manifest these tests read (the schema check covers the rest). */
interface TeamsManifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  accentColor: string;
  developer: { websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  name: { short: string; full?: string };
  description: { short: string; full: string };
  bots?: {
    botId: string;
    scopes: string[];
    supportsFiles?: boolean;
    isNotificationOnly?: boolean;
    commandLists?: { scopes: string[]; commands: { title: string; description: string }[] }[];
  }[];
  validDomains?: string[];
  webApplicationInfo?: unknown;
}

const readManifest = () => JSON.parse(readFileSync(join(teamsDir, 'manifest.json'), 'utf8')) as TeamsManifest;
const validate = (manifest: unknown) => AppManifestUtils.validateAgainstSchema(manifest as AppManifest);

describe('Teams manifest', () => {
  // Validation must use the schema bundled in @microsoft/app-manifest, never the network.
  beforeEach(() => {
    vi.stubGlobal('fetch', () => {
      throw new Error('network access in a test');
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is valid against the official schema of its manifestVersion (offline)', async () => {
    const manifest = readManifest();
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
    expect(Number(manifest.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(19);
    expect(await validate(manifest)).toEqual([]);
  });

  it('the validator does find errors (so the check above means something)', async () => {
    const broken = { ...readManifest(), id: 'not-a-guid', accentColor: 'blue' };
    expect((await validate(broken)).length).toBeGreaterThan(0);
  });

  it('declares one conversational bot with placeholder ids and the chat commands', () => {
    const m = readManifest();
    expect(m.id).toBe('00000000-0000-0000-0000-000000000000');
    expect(m.bots).toHaveLength(1);
    const bot = m.bots![0]!;
    expect(bot.botId).toBe(m.id);
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot.supportsFiles).toBe(false);
    expect(bot.isNotificationOnly).toBe(false);
    const titles = (scope: string) =>
      bot.commandLists!.filter((l) => l.scopes.includes(scope)).flatMap((l) => l.commands.map((c) => c.title));
    expect(titles('personal')).toEqual(['help', 'checklist staff', 'checklist organiser', 'checklist admin', 'check']);
    for (const scope of ['team', 'groupChat']) {
      expect(titles(scope)).toEqual([...titles('personal'), 'remind', 'schedule', 'reminders', 'cancel']);
    }
    for (const list of bot.commandLists!) {
      expect(list.commands.length).toBeLessThanOrEqual(10);
      for (const c of list.commands) expect(c.description.length).toBeGreaterThan(0);
    }
    expect(m.name.short.length).toBeLessThanOrEqual(30);
    expect((m.name.full ?? '').length).toBeLessThanOrEqual(100);
    expect(m.description.short.length).toBeLessThanOrEqual(80);
    expect(m.description.full.length).toBeLessThanOrEqual(4000);
    expect(m.webApplicationInfo).toBeUndefined();
    for (const url of [m.developer.websiteUrl, m.developer.privacyUrl, m.developer.termsOfUseUrl]) {
      expect(new URL(url).protocol).toBe('https:');
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------

interface Png {
  width: number;
  height: number;
  colorType: number;
  /** Raw scanlines: filter byte + pixels. */
  raw: Buffer;
}

function readPng(data: Buffer): Png {
  expect([...data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(data.toString('ascii', 12, 16)).toBe('IHDR');
  const idat: Buffer[] = [];
  for (let o = 8; o < data.length; ) {
    const length = data.readUInt32BE(o);
    if (data.toString('ascii', o + 4, o + 8) === 'IDAT') idat.push(data.subarray(o + 8, o + 8 + length));
    o += 12 + length;
  }
  return {
    width: data.readUInt32BE(16),
    height: data.readUInt32BE(20),
    colorType: data[25]!,
    raw: inflateSync(Buffer.concat(idat)),
  };
}

describe('Teams icons', () => {
  it('color.png is 192×192', () => {
    const png = readPng(readFileSync(join(teamsDir, 'color.png')));
    expect([png.width, png.height]).toEqual([192, 192]);
  });

  it('outline.png is 32×32 with alpha, white glyph on transparent', () => {
    const png = readPng(readFileSync(join(teamsDir, 'outline.png')));
    expect([png.width, png.height]).toEqual([32, 32]);
    expect(png.colorType).toBe(6); // truecolour with alpha
    const stride = 1 + 32 * 4;
    let opaque = 0;
    for (let y = 0; y < 32; y++) {
      expect(png.raw[y * stride]).toBe(0); // scripts/make-icons.mjs writes unfiltered rows, so pixels read directly
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = png.raw.subarray(y * stride + 1 + x * 4, y * stride + 5 + x * 4);
        if (a! > 0) expect([r, g, b]).toEqual([255, 255, 255]);
        if (a === 255) opaque++;
      }
    }
    expect(png.raw[3 + 1]).toBe(0); // top-left corner is transparent
    expect(opaque).toBeGreaterThan(50);
  });
});

// ---------------------------------------------------------------------------------------------------------------

interface ZipEntry {
  name: string;
  data: Buffer;
}

/** Reads a ZIP from its end record and central directory, inflating and CRC-checking every entry. */
function readZip(zip: Buffer): ZipEntry[] {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const compressedSize = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraAndComment = zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const stored = zip.subarray(start, start + compressedSize);
    const data = method === 8 ? inflateRawSync(stored) : stored;
    expect(data.length).toBe(size);
    expect(crc32(data)).toBe(crc);
    entries.push({ name, data });
    p += 46 + nameLength + extraAndComment;
  }
  return entries;
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe('scripts/package-teams.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'teams-app-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const pack = (env: Record<string, string>, name: string) => {
    const out = join(dir, name);
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !['MicrosoftAppId', 'TEAMS_APP_DOMAIN', 'GRAPH_NOTIFICATION_URL'].includes(k),
      ),
    );
    // Run from the temporary directory so a developer's ./.env does not leak into the test.
    execFileSync(process.execPath, [script, '--out', out], { env: { ...clean, ...env }, cwd: dir, stdio: 'pipe' });
    return out;
  };

  it('writes a valid zip with the manifest (ids and domain from the environment) and both icons', async () => {
    const out = pack(
      {
        MicrosoftAppId: '12345678-90ab-cdef-1234-567890abcdef',
        GRAPH_NOTIFICATION_URL: 'https://bot.contoso.example/api',
      },
      'a.zip',
    );
    const entries = readZip(readFileSync(out));
    expect(entries.map((e) => e.name)).toEqual(['manifest.json', 'color.png', 'outline.png']);
    const manifest = JSON.parse(entries[0]!.data.toString('utf8'));
    expect(manifest.id).toBe('12345678-90ab-cdef-1234-567890abcdef');
    expect(manifest.bots[0].botId).toBe('12345678-90ab-cdef-1234-567890abcdef');
    expect(manifest.validDomains).toEqual(['bot.contoso.example']);
    expect(entries[1]!.data.equals(readFileSync(join(teamsDir, 'color.png')))).toBe(true);
    vi.stubGlobal('fetch', () => {
      throw new Error('network access in a test');
    });
    try {
      expect(await validate(manifest)).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }

    const unzip = spawnSync('which', ['unzip'], { encoding: 'utf8' });
    if (unzip.status === 0) {
      const result = spawnSync('unzip', ['-t', out], { encoding: 'utf8' });
      expect(result.stdout).toContain('No errors detected');
      expect(result.status).toBe(0);
    }
  });

  it('prefers TEAMS_APP_DOMAIN, keeps placeholders without settings, refuses a bad app id', () => {
    const withDomain = readZip(
      readFileSync(
        pack({ TEAMS_APP_DOMAIN: 'Hygiene.Contoso.example', GRAPH_NOTIFICATION_URL: 'https://other.example' }, 'b.zip'),
      ),
    );
    expect(JSON.parse(withDomain[0]!.data.toString('utf8')).validDomains).toEqual(['hygiene.contoso.example']);

    const plain = JSON.parse(readZip(readFileSync(pack({}, 'c.zip')))[0]!.data.toString('utf8'));
    expect(plain.id).toBe('00000000-0000-0000-0000-000000000000');
    expect(plain.validDomains).toEqual(readManifest().validDomains);

    expect(() => pack({ MicrosoftAppId: 'not-a-guid' }, 'd.zip')).toThrow();
  });
});
