// Link targets as people click them: Outlook Safe Links, Google's redirector, Proofpoint URL Defense and Barracuda
// wrap the real join link; we unwrap before matching providers or credentials (facts/graph.md §9).

const SAFE_LINKS = /^https?:\/\/[^/?#]*safelinks\.protection\.outlook\.com\//i;
const GOOGLE_REDIRECT = /^https?:\/\/(?:www\.)?google\.[a-z.]+\/url\?/i;
const URL_DEFENSE_V3 = /^https?:\/\/urldefense\.com\/v3\/__(.+?)__;/i;
// Proofpoint v1/v2: `urldefense.proofpoint.com/v2/url?u=https-3A__host_path-3Fpwd-3D…` — v2 writes `%` as `-`
// and `/` as `_` in the `u` parameter; v1 percent-encodes it.
const URL_DEFENSE_V1_V2 = /^https?:\/\/urldefense(?:\.proofpoint)?\.com\/v([12])\/url\?/i;
// Teams' launcher page carries the meeting's own path in `url=` (`/_#/meet/4215803397610?p=…` or
// `/_#/l/meetup-join/…`): the link it opens is that path on teams.microsoft.com.
const TEAMS_LAUNCHER = /^https?:\/\/teams\.(?:microsoft|live)\.com\/dl\/launcher\/launcher\.html\?/i;
// Barracuda Link Protection: `linkprotect.cudasvc.com/url?a=<percent-encoded target>&c=…`.
const BARRACUDA = /^https?:\/\/linkprotect\.cudasvc\.com\/url\?/i;

/** Decodes percent-escapes without throwing on malformed ones. */
export function safeDecode(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
}

function queryParam(url: string, name: string): string | undefined {
  const match = new RegExp(`[?&]${name}=([^&#]*)`, 'i').exec(url);
  return match?.[1] === undefined ? undefined : safeDecode(match[1].replace(/\+/g, ' '));
}

/** Returns the link a wrapper points at (repeatedly, for wrappers of wrappers); other links unchanged. */
export function unwrapUrl(url: string): string {
  let current = url.trim();
  for (let i = 0; i < 3; i++) {
    let inner: string | undefined;
    if (SAFE_LINKS.test(current)) inner = queryParam(current, 'url');
    else if (GOOGLE_REDIRECT.test(current)) inner = queryParam(current, 'q') ?? queryParam(current, 'url');
    else if (BARRACUDA.test(current)) inner = queryParam(current, 'a');
    else if (TEAMS_LAUNCHER.test(current)) {
      const path = queryParam(current, 'url');
      if (path?.startsWith('/')) inner = `${current.slice(0, current.indexOf('/dl/'))}${path.replace(/^\/_#/, '')}`;
    } else if (URL_DEFENSE_V1_V2.test(current)) {
      const version = URL_DEFENSE_V1_V2.exec(current)?.[1];
      const u = /[?&]u=([^&#]*)/i.exec(current)?.[1];
      if (u) inner = safeDecode(version === '2' ? u.replace(/-/g, '%').replace(/_/g, '/') : u);
    } else {
      const defended = URL_DEFENSE_V3.exec(current);
      if (defended?.[1]) inner = defended[1];
    }
    if (!inner || !/^(?:https?:|tel:|mailto:)/i.test(inner)) return current;
    current = inner;
  }
  return current;
}
