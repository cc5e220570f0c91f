// The provider catalogue: one entry per conferencing service, recognised from its join-link patterns
// (never from words in the text). Help, download, dial-in-number and meeting-options pages are not join
// links. Contract vocabulary: ../../../../shared/CONTRACT.md ("Provider vocabulary").
import type { Provider } from '../findings.js';
import type { Link } from './types.js';
import { splitUrl, type UrlParts } from './url-parts.js';

interface ProviderEntry {
  id: Provider;
  /** True when the link is this provider's join (or meeting-block) link. */
  matches(url: UrlParts, label: string): boolean;
}

// Links of a meeting block that show the provider but do not join (local numbers, dial-in lists).
const TEAMS_JOIN_BY_ID = /^\/(?:[a-z]{2}-[a-z]{2}\/)?microsoft-teams\/join-a-meeting\/?$/i;
const NOT_JOIN_LINK =
  /^\/(?:u\/|[\w-]+\/globalcallin\.php)|\/static\/dialInInfo\.html$|^\/teleconference|\/microsoft-teams\/join-a-meeting/i;

const hostIs = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);
const NOT_JOIN_PATH =
  /^\/(?:download|downloads|install|support|help|pricing|plans|signin|signup|login|legal|privacy|terms)(?:[/.]|$)/i;
const NOT_JOIN_HOST = /^(?:help|support|docs|www2|status|community|blog|developer|learn|explore|marketplace)\./;

// Join links of services outside the named vocabulary (contract: `other`).
const OTHER_SERVICES: readonly { host: RegExp; path?: RegExp }[] = [
  { host: /(?:^|[.-])pexip[.-]/ },
  { host: /./, path: /\/webapp\d*\/(?:m\/|conference\/|#|home|index\.html)/i }, // Pexip Infinity web app
  { host: /(?:^|\.)zoho\.(?:com|eu|in|jp|com\.au|com\.cn)$/, path: /^\/(?:meeting|join|[a-z]+\/meeting)/i },
  { host: /^meeting\.zoho\./ },
  { host: /(?:^|\.)dialpad\.com$/, path: /^\/(?:room|join|meetings?)\//i },
  { host: /^meetings\.dialpad\.com$/ },
  { host: /(?:^|\.)uberconference\.com$/, path: /^\/[\w.-]+\/?$/ },
  { host: /(?:^|\.)lifesizecloud\.com$/ },
  { host: /(?:^|\.)lifesize\.com$/, path: /^\/(?:call|join|meeting)/i },
  { host: /(?:^|\.)slack\.com$/, path: /\/huddle\//i },
  { host: /^facetime\.apple\.com$/, path: /^\/join/i },
  { host: /(?:^|\.)vonage\.com$/, path: /\/(?:meet|join)/i },
  { host: /(?:^|\.)starleaf\.com$/, path: /\/(?:join|meet)/i },
  { host: /^meet\.starleaf\.com$/, path: /^\/\d{6,}/ },
  { host: /(?:^|\.)vidyocloud\.com$/ },
  { host: /(?:^|\.)join\.me$/ },
  { host: /(?:^|\.)clickmeeting\.com$/, path: /^\/[\w-]+/ },
  { host: /(?:^|\.)livestorm\.co$/, path: /\/(?:p|join)\//i },
  { host: /^app\.livestorm\.co$/, path: /^\/[\w-]+\/[\w-]+/ }, // an event's page: `/<organisation>/<event>`
  { host: /(?:^|\.)talky\.io$/, path: /^\/[\w-]+/ },
  { host: /(?:^|\.)cal\.com$/, path: /^\/video\/[\w-]+/ }, // Cal Video
  { host: /^(?!www\.)[\w-]+\.daily\.co$/, path: /^\/[\w-]+/ },
  { host: /(?:^|\.)around\.co$/, path: /^\/[\w-]+/ },
  { host: /^join\.freeconferencecall\.com$/ },
  { host: /(?:^|\.)tixeo\.com$/, path: /^\/[\w-]+/ },
  { host: /(?:^|\.)adobeconnect\.com$/, path: /^\/[\w-]+/ },
  { host: /^kmeet\.infomaniak\.com$/ },
  { host: /^visio\.numerique\.gouv\.fr$/ },
  { host: /(?:^|\.)bigmarker\.com$/, path: /^\/[\w-]+/ },
  { host: /(?:^|\.)vowel\.com$/, path: /^\/[\w-]+/ },
  { host: /(?:^|\.)zoho\.com$/, path: /^\/meeting\// },
  { host: /(?:talk|cloud|nextcloud)/, path: /\/call\/[a-z0-9]{8,}\/?$/i }, // Nextcloud Talk
  { host: /(?:^|\.)teamviewer\.com$/, path: /\/(?:meeting|m\d{6,})/i },
  { host: /(?:^|\.)gather\.town$/, path: /^\/app\// },
  // A conferencing host of its own (`meet.`, `vc.`, `join.`…) with a `/join/<room>` or `/meeting/<number>` path, or
  // a meeting number as its path (Cisco Meeting Server spaces): some service's join link.
  {
    host: /^(?:meet|meeting|meetings|video|videocall|videoconf|videoconference|vc|conf|conference|webconf|visio|join|vergaderen|vergadering|konferenz|reunion|reuniao|riunione)\./,
    path: /^\/(?:(?:join|j|meeting|room)\/[\w-]{4,}|\d{6,}(?:\/|$))/i,
  },
];

// The services of OTHER_SERVICES whose host pattern matches a host, remembered per host: invites repeat a
// few hosts (the provider's own help and download pages) and each would otherwise run every host pattern.
type OtherService = (typeof OTHER_SERVICES)[number];
const OTHER_BY_HOST = new Map<string, readonly OtherService[]>();
const OTHER_BY_HOST_MAX = 2048;
function otherServicesOf(host: string): readonly OtherService[] {
  let services = OTHER_BY_HOST.get(host);
  if (services === undefined) {
    services = OTHER_SERVICES.filter((service) => service.host.test(host));
    if (OTHER_BY_HOST.size >= OTHER_BY_HOST_MAX) OTHER_BY_HOST.clear();
    OTHER_BY_HOST.set(host, services);
  }
  return services;
}

const CATALOGUE: readonly ProviderEntry[] = [
  {
    id: 'teams',
    matches: ({ host, path }) =>
      ((hostIs(host, 'teams.microsoft.com') ||
        hostIs(host, 'teams.live.com') ||
        host === 'teams.microsoft.us' ||
        host === 'gov.teams.microsoft.us' ||
        host === 'dod.teams.microsoft.us' ||
        host === 'teams.cloud.microsoft') &&
        (/^\/(?:l\/meetup-join|l\/meet-now|meet\/|l\/meet\/|v2\/\?meetingjoin|dl\/launcher)/i.test(path) ||
          // Webinar and town-hall registration pages (the Teams counterpart of Zoom's /meeting/register/).
          (host === 'events.teams.microsoft.com' && /^\/event\//i.test(path)))) ||
      // The "join a meeting by ID" page, the Teams block's "Join on the web" (names Teams; not itself a join link).
      (host === 'www.microsoft.com' && TEAMS_JOIN_BY_ID.test(path)),
  },
  {
    id: 'zoom',
    // Zoom's whole meeting block counts: join, webinar, personal-room, registration and local-number links.
    matches: ({ host, path }) =>
      (hostIs(host, 'zoom.us') || hostIs(host, 'zoomgov.com') || hostIs(host, 'zoom.com')) &&
      !NOT_JOIN_HOST.test(host) &&
      (/^\/(?:j|w|s|my|wc|u|meeting|webinar|join)(?:\/|$)/i.test(path) ||
        // Zoom Events' lobby (`events.zoom.us/ev/<token>`), not its calendar or ticket pages.
        (host === 'events.zoom.us' && /^\/ev\/(?!calendar\/)[\w~.-]{12,}/.test(path))),
  },
  {
    id: 'webex',
    matches: ({ host, path }) =>
      (hostIs(host, 'webex.com') &&
        !NOT_JOIN_HOST.test(host) &&
        host !== 'www.webex.com' &&
        /\/(?:j\.php|meet\/|join\/|wbxmjs\/joinservice|k2\/j\.php|m\.php|e\.php|mw3300|webappng|globalcallin\.php|weblink\/register\/)/i.test(
          path,
        )) ||
      // Webex Events (formerly Socio): an event's page and its registration, as Zoom's registration links count.
      (hostIs(host, 'webexevents.com') && /^\/events\/[\w-]+/i.test(path)),
  },
  {
    id: 'meet',
    matches: ({ host, path }) =>
      (host === 'meet.google.com' && /^\/(?:[a-z]{3,4}-[a-z]{3,4}-[a-z]{3,4}|lookup\/|[a-z0-9_-]{6,})/i.test(path)) ||
      host === 'tel.meet' ||
      (host === 'g.co' && /^\/meet\//i.test(path)) ||
      (host === 'hangouts.google.com' && /^\/(?:hangouts\/_\/|call\/)/i.test(path)),
  },
  {
    id: 'goto',
    matches: ({ host, path }) =>
      ((host === 'global.gotomeeting.com' ||
        host === 'www.gotomeeting.com' ||
        host === 'gotomeeting.com' ||
        host === 'app.gotomeeting.com') &&
        /^\/(?:join|meeting)\//i.test(path)) ||
      (hostIs(host, 'meet.goto.com') && /^\/[\w-]+/.test(path) && !NOT_JOIN_PATH.test(path)) ||
      (host === 'app.goto.com' && /^\/meeting\//i.test(path)) ||
      hostIs(host, 'gotomeet.me') ||
      (hostIs(host, 'gotowebinar.com') && /\/(?:join|register)/i.test(path)) ||
      host === 'join.gotomeeting.com',
  },
  {
    id: 'bluejeans',
    matches: ({ host, path }) =>
      (hostIs(host, 'bluejeans.com') || host === 'bjn.vc') &&
      /^\/(?:\d{5,}|[a-z][\w.-]+\/?$|s\/|m\/|a2m\/live-event\/)/i.test(path) &&
      !/^\/(?:numbers|support|help|download|downloads|premium|products?|blog|company)(?:\/|$)/i.test(path) &&
      !NOT_JOIN_HOST.test(host),
  },
  {
    id: 'chime',
    matches: ({ host, path }) =>
      (host === 'chime.aws' && /^\/(?:\d{6,}|(?!dialinnumbers|download|home)[a-z][\w.-]{2,}\/?$)/i.test(path)) ||
      (host === 'app.chime.aws' && /^\/(?:meetings|portal)/i.test(path)),
  },
  {
    id: 'jitsi',
    // meet.jit.si and 8x8.vc, plus self-hosted Jitsi Meet: a host named for it, or the Jitsi dial-in page.
    matches: ({ host, path }) =>
      ((host === 'meet.jit.si' ||
        host === '8x8.vc' ||
        hostIs(host, 'jitsi.net') ||
        /(?:^|[.-])jitsi(?:[.-]|$)/.test(host)) &&
        /^\/[^/]+/.test(path) &&
        !/^\/(?:static|libs|images|css)\//i.test(path)) ||
      /\/static\/dialInInfo\.html$/i.test(path),
  },
  {
    id: 'whereby',
    matches: ({ host, path }) =>
      (hostIs(host, 'whereby.com') || host === 'appear.in') &&
      /^\/[\w-]+/.test(path) &&
      !/^\/(?:information|user|org|login|signup|download|pricing)(?:\/|$)/i.test(path) &&
      !NOT_JOIN_HOST.test(host),
  },
  {
    id: 'ringcentral',
    matches: ({ host, path }) =>
      (hostIs(host, 'ringcentral.com') || hostIs(host, 'rcv.com')) &&
      /^\/(?:j|join|meeting|conf|w)\//i.test(path) &&
      !NOT_JOIN_HOST.test(host),
  },
  {
    id: 'skype',
    // Skype consumer, Skype for Business Online (meet.lync.com) and on-premises `meet.<org>/<user>/<ID>` links.
    matches: ({ host, path }, label) =>
      host === 'join.skype.com' ||
      (hostIs(host, 'lync.com') && /^\/[^/]+\/[^/]+/.test(path)) ||
      (/^(?:meet|lync|skype|sfb)\./.test(host) && /^\/[\w.-]+\/[A-Z0-9]{6,10}\/?$/.test(path)) ||
      (/\b(?:skype|lync)\b/i.test(label) && /^\/[\w.-]+\/[A-Z0-9]{6,10}\/?$/.test(path)),
  },
  {
    id: 'bigbluebutton',
    // BigBlueButton API joins and Greenlight rooms (`/b/abc-def-ghi`, v3 `/rooms/abc-def-ghi/join`).
    matches: ({ host, path }) =>
      /\/bigbluebutton\/api\/join/i.test(path) ||
      // Moodle's BigBlueButton activity and its guest-access page.
      /\/mod\/bigbluebuttonbn\/(?:view|guest)\.php/i.test(path) ||
      /^(?:\/[\w-]+)?\/b\/[a-z0-9]{3}-[a-z0-9]{3}-[a-z0-9]{3}(?:-[a-z0-9]{3})?\/?$/i.test(path) ||
      /^(?:\/[\w-]+)?\/rooms\/[a-z0-9]{3}-[a-z0-9]{3}-[a-z0-9]{3}(?:-[a-z0-9]{3})?(?:\/join)?\/?$/i.test(path) ||
      (/(?:^|[.-])(?:bbb|bigbluebutton|greenlight)[.-]/.test(host) && /^\/(?:b|rooms|gl)\//i.test(path)),
  },
  {
    id: 'other',
    matches: ({ host, path, params }) =>
      otherServicesOf(host).some((service) => !service.path || service.path.test(path)) ||
      (/\/webapp/i.test(path) && params.has('conference')),
  },
];

/** A Jitsi Meet room path: one segment naming the room (`/TeamStandup`, `/Caucus-Spring-Bargaining`). */
export const isJitsiRoomPath = (path: string): boolean =>
  /^\/[\w.-]{3,}\/?$/.test(path) && !/\.(?:html?|php|aspx?|pdf|png|jpe?g)$/i.test(path) && !NOT_JOIN_PATH.test(path);

/** Which provider a link joins, if any. */
export function providerOf(link: Link): Provider | undefined {
  return providerOfParts(splitUrl(link.url), link.label);
}

/** Which provider a link joins, from its already split URL. */
export function providerOfParts(parts: UrlParts | undefined, label: string): Provider | undefined {
  if (!parts) return undefined;
  if (parts.scheme !== 'https' && parts.scheme !== 'http') return appLinkProvider(parts);
  for (const entry of CATALOGUE) if (entry.matches(parts, label)) return entry.id;
  if (OPAQUE_REWRITER.test(parts.host)) return rewrittenProvider(parts, label);
  return undefined;
}

// Mimecast URL Protect rewrites a link to an opaque token and keeps only the original host (`domain=`): a link
// labelled as a join link ("Join Zoom Meeting") whose original host is a provider's joins that provider.
const OPAQUE_REWRITER = /(?:^|\.)mimecast\.com$/;
const JOIN_LABEL =
  /join|meeting|webinar|call|rejoindre|réunion|beitreten|besprechung|unirse|reunión|deelnemen|vergadering|partecipa|riunione|participar|reunião|参加|会議/i;
const PROVIDER_DOMAINS: readonly [Provider, readonly string[]][] = [
  ['zoom', ['zoom.us', 'zoom.com', 'zoomgov.com']],
  ['teams', ['teams.microsoft.com', 'teams.live.com']],
  ['webex', ['webex.com']],
  ['meet', ['meet.google.com']],
  ['goto', ['gotomeeting.com', 'goto.com', 'gotomeet.me']],
  ['bluejeans', ['bluejeans.com']],
  ['chime', ['chime.aws']],
  ['jitsi', ['meet.jit.si', '8x8.vc']],
  ['whereby', ['whereby.com']],
  ['ringcentral', ['ringcentral.com']],
  ['skype', ['join.skype.com', 'lync.com']],
];
function rewrittenProvider(parts: UrlParts, label: string): Provider | undefined {
  const domain = parts.params.get('domain')?.toLowerCase();
  // A meeting host of the provider's own (`acme.zoom.us`, `us02web.zoom.us`) joins whatever the label; its bare
  // domain (`zoom.us`, the website) only where the label says so.
  if (!domain || NOT_JOIN_HOST.test(domain)) return undefined;
  if (!JOIN_LABEL.test(label) && !/^(?!www\.)[\w-]+\.(?:zoom\.us|webex\.com|zoomgov\.com)$/.test(domain))
    return undefined;
  for (const [provider, domains] of PROVIDER_DOMAINS) if (domains.some((d) => hostIs(domain, d))) return provider;
  return undefined;
}

// "Open in the app" links: zoommtg://zoom.us/join?confno=…&pwd=…, msteams:/l/meetup-join/….
function appLinkProvider(parts: UrlParts): Provider | undefined {
  if (parts.scheme === 'zoommtg' || parts.scheme === 'zoomus') return 'zoom';
  if (parts.scheme === 'msteams' && /^\/l\/(?:meetup-join|meet)\//i.test(parts.path)) return 'teams';
  return undefined;
}

/** A provider's link that joins the meeting (not a local-numbers or dial-in page of its meeting block). */
export const isJoinLink = (parts: UrlParts | undefined): boolean => !NOT_JOIN_LINK.test(parts?.path ?? '');

/** Providers whose join links appear, deduplicated in order of first appearance, with those links. */
export function detectProviders(links: readonly Link[]): { providers: Provider[]; joinLinks: Link[] } {
  const providers: Provider[] = [];
  const joinLinks: Link[] = [];
  for (const link of links) {
    const parts = splitUrl(link.url);
    const provider = providerOfParts(parts, link.label);
    if (!provider) continue;
    if (!providers.includes(provider)) providers.push(provider);
    if (isJoinLink(parts)) joinLinks.push(link);
  }
  return { providers, joinLinks };
}
