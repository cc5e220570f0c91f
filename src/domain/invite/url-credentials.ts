// Detector 3: credentials carried inside join links — the whole parameter value (Zoom `pwd=` incl. `.1`,
// webinar `tk=`, start-link `zak=`, Teams `/meet/<id>?p=`, RingCentral `pw=`, `tel.meet/…?pin=`, Pexip
// `pin=`, Whereby `roomKey=`) and BlueJeans' passcode path segment. `tel:` links are dial strings, not URLs.
import { isPlaceholder } from './credential-value.js';
import type { Link } from './types.js';
import { safeDecode } from './unwrap-url.js';
import { splitUrl, type UrlParts } from './url-parts.js';

export interface UrlCredential {
  value: string;
  /** Parameter name or `path` (BlueJeans). */
  param: string;
  /** `host`: the link starts or runs the meeting (Zoom `zak=`, Whereby host `roomKey=`). */
  kind: 'passcode' | 'host';
  url: string;
}

const PASSCODE_PARAMS = new Set([
  'pwd',
  'pw',
  'passcode',
  'password',
  'passwd',
  'pass',
  'pin',
  'pincode',
  'tk',
  'jwt',
  'accesscode',
  'meetingpassword',
]);
const HOST_PARAMS = new Set(['zak', 'roomkey', 'hostkey', 'host_key', 'hostpin']);
// Web links, and the apps' own "open in the app" links (zoommtg://zoom.us/join?confno=…&pwd=…).
const CREDENTIAL_SCHEMES = new Set(['https', 'http', 'zoommtg', 'zoomus', 'msteams']);
export function findUrlCredentials(links: readonly Link[]): UrlCredential[] {
  const found: UrlCredential[] = [];
  for (const { url } of links) {
    if (mayCarryCredential(url)) urlCredentialsOf(url, splitUrl(url), found);
  }
  return found;
}

/** Cheap pre-check: only URLs with a parameter or a BlueJeans path can carry a credential. */
export const mayCarryCredential = (url: string): boolean => url.includes('=') || url.includes('bluejeans');

/** Appends the credentials that one link (`url`, split as `parts`) carries. */
export function urlCredentialsOf(url: string, parts: UrlParts | undefined, found: UrlCredential[]): void {
  if (!parts || !CREDENTIAL_SCHEMES.has(parts.scheme)) return;
  for (const [name, raw] of parts.params) {
    // The name decides first, so only credential parameters' values are decoded.
    let kind: UrlCredential['kind'];
    if (
      PASSCODE_PARAMS.has(name) ||
      (name === 'p' &&
        /(?:^|\.)teams\.(?:microsoft\.com|live\.com|microsoft\.us)$/.test(parts.host) &&
        /^\/meet\//i.test(parts.path))
    )
      kind = 'passcode';
    else if (HOST_PARAMS.has(name)) kind = 'host';
    else continue;
    const value = safeDecode(raw.replace(/\+/g, ' ')).trim();
    if (value.length < 3 || isPlaceholder(value)) continue;
    found.push({ value, param: name, kind, url });
  }
  if (/(?:^|\.)bluejeans\.com$/.test(parts.host)) {
    const segment = /^\/\d{5,}\/(\d{3,12})(?:\/|$)/.exec(parts.path);
    if (segment?.[1]) found.push({ value: segment[1], param: 'path', kind: 'passcode', url });
  }
}
