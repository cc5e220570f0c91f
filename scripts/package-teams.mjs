#!/usr/bin/env node
// Builds the Teams app package: a ZIP with manifest.json, color.png and outline.png at its root
// (learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package).
//   npm run package:teams                  → dist/teams-app.zip
//   node scripts/package-teams.mjs --out FILE
// From the environment (and ./.env when present; set variables win):
//   MicrosoftAppId          the bot's Entra app id: becomes the manifest `id` and `bots[0].botId`
//   TEAMS_APP_DOMAIN        host of this service for `validDomains` (else the host of GRAPH_NOTIFICATION_URL)
// The ZIP is written by hand with node:zlib (deflateRaw + CRC-32) to stay dependency-free; layout per PKWARE
// APPNOTE.TXT §4.3: local file headers with data, then the central directory, then the end record.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { crc32, deflateRawSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const teamsDir = join(root, 'manifests', 'teams');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';

function main(argv) {
  const outIndex = argv.indexOf('--out');
  const out = resolve(outIndex >= 0 && argv[outIndex + 1] ? argv[outIndex + 1] : join(root, 'dist', 'teams-app.zip'));
  const env = { ...readDotEnv(join(process.cwd(), '.env')), ...process.env };

  let manifest;
  try {
    manifest = configureManifest(JSON.parse(readFileSync(join(teamsDir, 'manifest.json'), 'utf8')), env);
  } catch (error) {
    console.error(`package-teams: ${error.message}`);
    return 2;
  }

  const entries = [
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') },
    { name: 'color.png', data: readFileSync(join(teamsDir, 'color.png')) },
    { name: 'outline.png', data: readFileSync(join(teamsDir, 'outline.png')) },
  ];
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip(entries));
  console.log(`package-teams: wrote ${out} (app id ${manifest.id}, domains ${manifest.validDomains.join(', ')})`);
  return 0;
}

/** Applies MicrosoftAppId and the service's domain; warns when placeholders stay. */
function configureManifest(manifest, env) {
  const appId = (env.MicrosoftAppId ?? '').trim();
  if (appId) {
    if (!GUID.test(appId)) throw new Error(`MicrosoftAppId must be a GUID, got "${appId}"`);
    manifest.id = appId;
    for (const bot of manifest.bots ?? []) bot.botId = appId;
  } else {
    console.warn(`package-teams: MicrosoftAppId is not set; the package keeps the placeholder id ${PLACEHOLDER_ID}`);
  }

  const domain = serviceDomain(env);
  if (domain) manifest.validDomains = [domain];
  else console.warn('package-teams: neither TEAMS_APP_DOMAIN nor GRAPH_NOTIFICATION_URL is set; validDomains keeps its placeholder');
  return manifest;
}

function serviceDomain(env) {
  const explicit = (env.TEAMS_APP_DOMAIN ?? '').trim();
  if (explicit) {
    // Accept a bare host or a URL; validDomains holds hosts only.
    const host = explicit.includes('://') ? new URL(explicit).host : explicit.replace(/\/.*$/, '');
    if (!/^[a-z0-9.*-]+(:\d+)?$/i.test(host)) throw new Error(`TEAMS_APP_DOMAIN is not a host name: "${explicit}"`);
    return host.toLowerCase();
  }
  const url = (env.GRAPH_NOTIFICATION_URL ?? '').trim();
  if (!url) return undefined;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    throw new Error(`GRAPH_NOTIFICATION_URL is not a URL: "${url}"`);
  }
}

function readDotEnv(path) {
  return existsSync(path) ? parseEnv(readFileSync(path, 'utf8')) : {};
}

// --- ZIP ---------------------------------------------------------------------------------------------------------

/** DOS date 1980-01-01 00:00: a fixed timestamp makes the package byte-for-byte reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); // local file header signature
    local.writeUInt16LE(20, 4); // version needed to extract: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // flags: names are UTF-8
    local.writeUInt16LE(8, 8); // compression: deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28); // extra field length
    locals.push(local, fileName, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); // central directory header signature
    central.writeUInt16LE(20, 4); // version made by: 2.0, MS-DOS attributes
    central.writeUInt16LE(20, 6); // version needed to extract
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    // extra length, comment length, disk number, internal and external attributes: 0
    central.writeUInt32LE(offset, 42); // offset of the local header
    centrals.push(central, fileName);

    offset += local.length + fileName.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); // end of central directory signature
  end.writeUInt16LE(entries.length, 8); // entries on this disk
  end.writeUInt16LE(entries.length, 10); // entries in total
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16); // where the central directory starts
  return Buffer.concat([...locals, directory, end]);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
