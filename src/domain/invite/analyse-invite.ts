// The analysis: normalise → providers → detectors → secrets → redacted findings rated by exposure.
import type { Finding, InviteReport, Provider, RuleId, Severity } from '../findings.js';
import { assessMeetingSettings } from '../meeting/assess-meeting-settings.js';
import { type AnalysisPolicy, DEFAULT_ANALYSIS_POLICY } from '../meeting/policy.js';
import { digitsOf } from './credential-value.js';
import { type DialString, findDialStrings } from './dial-strings.js';
import type { ExposureContext } from './exposure.js';
import { type CredentialLabel, credentialMessage, findingOf, GUIDANCE, providerName } from './finding-texts.js';
import { lazyIdentifiers } from './identifiers.js';
import { findLabelledCredentials, findSubjectCredentials } from './labelled-credentials.js';
import { normaliseInvite, withoutInvisibles } from './normalise.js';
import { isJitsiRoomPath, isJoinLink, providerOfParts } from './providers.js';
import { type CredentialExposure, rateCredential } from './rate-severity.js';
import { createRedactor, maskCodesAfterHint, maskSecretParams, type Redactor } from './redact.js';
import type { InviteInput, Link } from './types.js';
import { mayCarryCredential, type UrlCredential, urlCredentialsOf } from './url-credentials.js';
import { splitUrl } from './url-parts.js';

/** The engine's answer. Only `report` may be shown anywhere; `secrets` exists so callers can redact their own text. */
export interface InviteAnalysis {
  report: InviteReport;
  /** Every detected credential, unredacted. Never print, log or store for display. */
  secrets: string[];
  /** Redacts any text with this invite's secrets (for callers composing their own messages). */
  redact: Redactor;
}

// Prompt-skipping URL parameters (the link alone admits its holder).
const PROMPT_SKIPPING = new Set(['pwd', 'pw', 'passcode', 'password', 'passwd', 'pass', 'tk', 'jwt', 'pin', 'pincode']);
const EVIDENCE_MAX = 160;

const NO_SECRETS: Redactor = (text) => text;
const ZOOM_ONE_TAP = /,,\d{9,11}#,,,,\*\d+#/;
const PROVIDER_NAMES: readonly [Provider, RegExp][] = [
  ['ringcentral', /\bring ?central\b/i],
  ['zoom', /\bzoom\b/i],
  ['webex', /\bwebex\b/i],
  ['teams', /\bmicrosoft teams\b|\bteams meeting\b/i],
  ['goto', /\bgoto ?(?:meeting|connect)?\b/i],
  ['bluejeans', /\bblue ?jeans\b/i],
  ['chime', /\bamazon chime\b/i],
  ['skype', /\bskype\b/i],
  ['meet', /\bgoogle meet\b/i],
  ['jitsi', /\bjitsi\b/i],
];

/** The one provider a text names, if it names exactly one. */
function soleNamedProvider(text: string): Provider | undefined {
  let found: Provider | undefined;
  for (const [provider, name] of PROVIDER_NAMES) {
    if (!name.test(text)) continue;
    if (found) return undefined;
    found = provider;
  }
  return found;
}

/** Some secret has the same digits as `digits` (written with other grouping). */
const hasDigitsOf = (secrets: ReadonlySet<string>, digits: string): boolean => {
  for (const s of secrets) if (digitsOf(s) === digits) return true;
  return false;
};

export function analyseInvite(
  input: InviteInput,
  context?: ExposureContext,
  policy: AnalysisPolicy = DEFAULT_ANALYSIS_POLICY,
): InviteAnalysis {
  const invite = normaliseInvite(input);
  const { links, text } = invite;

  // One pass over the links, each URL split once: providers, join links, URL credentials, tel: dial strings.
  const providers: Provider[] = [];
  const joinLinks: Link[] = [];
  const inUrls: UrlCredential[] = [];
  /** The provider of each URL credential's link (read without the link's label, as a bare URL). */
  const inUrlProviders: (Provider | undefined)[] = [];
  let telDials: DialString[] | undefined;
  for (const link of links) {
    const url = link.url;
    if (url.startsWith('tel:')) {
      const found = findDialStrings(decodeTel(url));
      if (found.length > 0) {
        telDials ??= [];
        for (const d of found) telDials.push(d);
      }
      continue;
    }
    const parts = splitUrl(url);
    const provider = providerOfParts(parts, link.label);
    if (provider) {
      if (!providers.includes(provider)) providers.push(provider);
      if (isJoinLink(parts)) joinLinks.push(link);
    }
    if (mayCarryCredential(url)) {
      const before = inUrls.length;
      urlCredentialsOf(url, parts, inUrls);
      if (inUrls.length > before) {
        const bare = link.label === '' ? provider : providerOfParts(parts, '');
        while (inUrlProviders.length < inUrls.length) inUrlProviders.push(bare);
      }
    }
  }
  if (providers.length === 0) {
    const room = selfHostedJitsiRoom(links, text, invite.subject);
    if (room) {
      providers.push('jitsi');
      joinLinks.push(room);
    }
  }
  const dialStrings = findDialStrings(text);
  if (telDials) for (const d of telDials) dialStrings.push(d);
  // A provider's dial-in block pasted without its link is still that provider's meeting block: Zoom's one-tap
  // `#,,,,*passcode#` is Zoom's own; other blocks count for the one provider the text names.
  if (providers.length === 0 && dialStrings.length > 0) {
    const provider = dialStrings.some((d) => ZOOM_ONE_TAP.test(d.text))
      ? 'zoom'
      : soleNamedProvider(`${invite.subject}\n${text}`);
    if (provider) providers.push(provider);
  }
  const identifiers = lazyIdentifiers(text, links, dialStrings);
  const inBody = findLabelledCredentials(text, identifiers);
  const inSubject = invite.subject ? findSubjectCredentials(invite.subject, identifiers) : [];

  const secrets = new Set<string>();
  for (const c of inBody) secrets.add(c.value);
  for (const c of inSubject) secrets.add(c.value);
  for (const c of inUrls) secrets.add(c.value);
  const inDials: { value: string; text: string }[] = [];
  for (const dial of dialStrings) {
    for (const value of dial.credentials) {
      if (identifiers.has(value) && !secrets.has(value)) continue;
      inDials.push({ value, text: dial.text });
    }
  }
  // Google Meet's phone bridge dials the PIN first ("tel:+1-402-555-0175,,258736573#"): no meeting number
  // precedes it. A first group that a join link or an identifier's label names is not one. (Jitsi's tap-to-join
  // line dials what its current template calls the meeting ID.)
  if (providers.includes('meet')) {
    for (const dial of dialStrings) {
      const pin = dial.meetingId;
      if (pin.length < 4 || identifiers.inJoinLink(pin) || identifiers.labelledInText(pin)) continue;
      if (hasDigitsOf(secrets, pin) || inDials.some((d) => d.value === pin)) continue;
      inDials.push({ value: pin, text: dial.text });
    }
  }
  for (const d of inDials) secrets.add(d.value);
  const redact = secrets.size === 0 ? NO_SECRETS : createRedactor(secrets);

  const onlyTeams = providers.length === 1 && providers[0] === 'teams';
  const soleProvider = providers.length === 1 ? providers[0] : undefined;
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const add = (
    rule: RuleId,
    value: string,
    kind: CredentialLabel,
    evidence: string,
    exposure: CredentialExposure,
    provider?: Provider,
  ): void => {
    const key = `${rule}\u0000${value}`;
    if (reported.has(key)) return;
    reported.add(key);
    const severity: Severity = policy.severityOverrides?.[rule] ?? rateCredential(exposure, context, policy);
    findings.push({
      rule,
      severity,
      message: redact(credentialMessage(rule, kind, provider)),
      evidence: shorten(maskSecretParams(maskCodesAfterHint(redact(evidence)))),
      guidance: GUIDANCE[rule],
    });
  };

  for (const c of inBody) {
    const hostSide = c.kind === 'host';
    const teamsDefault = onlyTeams && c.generated && !hostSide;
    add(
      'passcode-in-body',
      c.value,
      c.kind,
      c.line,
      { hostSide, teamsDefault, skipsPrompt: false, inSubject: false },
      soleProvider,
    );
  }
  for (const c of inSubject) {
    add(
      'passcode-in-subject',
      c.value,
      c.kind,
      c.line,
      { hostSide: c.kind === 'host', teamsDefault: false, skipsPrompt: false, inSubject: true },
      soleProvider,
    );
  }
  for (let i = 0; i < inUrls.length; i++) {
    const c = inUrls[i] as UrlCredential;
    const provider = inUrlProviders[i];
    const teamsDefault = provider === 'teams' && c.param === 'p';
    add(
      'passcode-in-join-url',
      c.value,
      c.kind,
      c.url,
      {
        hostSide: c.kind === 'host',
        teamsDefault,
        skipsPrompt: !teamsDefault && PROMPT_SKIPPING.has(c.param),
        inSubject: false,
      },
      provider,
    );
  }
  if (inDials.length > 0) {
    const inBodyValues = new Set<string>();
    for (const c of inBody) inBodyValues.add(c.value.replace(/\s+/g, ''));
    for (const d of inDials) {
      if (inBodyValues.has(d.value)) continue;
      add(
        'passcode-in-dial-string',
        d.value,
        'dial-in',
        d.text,
        { hostSide: false, teamsDefault: false, skipsPrompt: false, inSubject: false },
        soleProvider,
      );
    }
  }

  if (context) for (const f of contextFindings(providers, findings.length > 0, context, policy)) findings.push(f);

  const joinUrls: string[] = [];
  for (const link of joinLinks) {
    const url = maskSecretParams(redact(link.url));
    if (!joinUrls.includes(url)) joinUrls.push(url);
  }
  let subject = input.subject === undefined ? undefined : withoutInvisibles(input.subject);
  if (subject === undefined) {
    const nl = invite.subject.indexOf('\n');
    subject = nl < 0 ? invite.subject : invite.subject.slice(0, nl);
  }
  // Two literal shapes (with and without `id`, which comes first) rather than a spread.
  const report: InviteReport =
    input.id !== undefined
      ? { id: input.id, subject: maskCodesAfterHint(redact(subject)), providers, joinUrls, findings }
      : { subject: maskCodesAfterHint(redact(subject)), providers, joinUrls, findings };
  return { report, secrets: Array.from(secrets), redact };
}

function contextFindings(
  providers: readonly Provider[],
  credentialWritten: boolean,
  context: ExposureContext,
  policy: AnalysisPolicy,
): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: RuleId, severity: Severity, message: string, evidence: string): void => {
    findings.push(findingOf(policy, rule, severity, message, evidence));
  };
  if (context.meeting) {
    findings.push(
      ...assessMeetingSettings(
        context.meeting,
        { externalAttendees: context.externalAttendees, credentialWritten },
        policy,
      ),
    );
  }
  if (context.externalAttendees === true) {
    const domains = context.externalDomains?.slice(0, 5).join(', ') ?? '';
    add(
      'external-attendees',
      credentialWritten ? 'low' : 'info',
      'People from outside your organisation are invited to this meeting.',
      domains ? `external domains: ${domains}` : 'external attendees',
    );
  }
  if (policy.approvedProviders) {
    for (const provider of providers) {
      if (policy.approvedProviders.includes(provider)) continue;
      add(
        'unapproved-provider',
        'medium',
        `This invite uses ${providerName(provider)}, which is not an approved meeting service here.`,
        `provider: ${provider}`,
      );
    }
  }
  if (credentialWritten && (context.sensitivity === 'normal' || context.sensitivity === 'personal')) {
    add(
      'event-not-private',
      context.externalAttendees === true || context.distributionLists ? 'medium' : 'low',
      'The appointment carrying the join credentials is not marked private.',
      `sensitivity: ${context.sensitivity}`,
    );
  }
  return findings;
}

const NAMES_JITSI = /\bjitsi\b/i;

/**
 * Self-hosted Jitsi Meet on a host not named for it ("our Jitsi: https://visio.example.org/TeamRoom"): in an
 * invite whose text names Jitsi and where no catalogue entry claims a link, the first link of Jitsi's room shape
 * (one path segment) is taken as its join link. The catalogue alone reads links; this reads the invite's words
 * only to name a room link that is otherwise nobody's.
 */
function selfHostedJitsiRoom(links: readonly Link[], text: string, subject: string): Link | undefined {
  const named = NAMES_JITSI.test(text) || NAMES_JITSI.test(subject);
  for (const link of links) {
    const parts = splitUrl(link.url);
    if (!parts || (parts.scheme !== 'https' && parts.scheme !== 'http') || !isJitsiRoomPath(parts.path)) continue;
    // Unnamed, a meeting host (`meet.`, `vergaderen.`…) with a room named as Jitsi names them ("/ClientoverlegVanDam", "/Board-2026").
    if (named || (MEETING_HOST.test(parts.host) && JITSI_ROOM_NAME.test(parts.path))) return link;
  }
  return undefined;
}
const MEETING_HOST = /^(?:meet|meeting|vergaderen|vergadering|konferenz|besprechung|reunion|reuniao|riunione|visio)\./;
const JITSI_ROOM_NAME = /^\/(?=[\w-]*(?:[a-z][A-Z]|\d|-))[A-Za-z][\w-]{5,}\/?$/;

function decodeTel(url: string): string {
  try {
    return decodeURIComponent(url.slice(4));
  } catch {
    return url.slice(4);
  }
}

function shorten(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= EVIDENCE_MAX ? t : `${t.slice(0, EVIDENCE_MAX - 1)}…`;
}
