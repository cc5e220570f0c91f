// Findings: the vocabulary shared by every part of the product (rule ids, severities, the finding shape).
// Pure: no I/O. Rule ids and their meaning are fixed by ../shared/CONTRACT.md.

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RULE_IDS = [
  'passcode-in-body',
  'passcode-in-subject',
  'passcode-in-join-url',
  'passcode-in-dial-string',
  'lobby-open',
  'lobby-dial-in-bypass',
  'presenters-everyone',
  'recording-automatic',
  'external-attendees',
  'unapproved-provider',
  'event-not-private',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const PROVIDERS = [
  'teams',
  'zoom',
  'webex',
  'meet',
  'goto',
  'bluejeans',
  'chime',
  'jitsi',
  'whereby',
  'ringcentral',
  'skype',
  'bigbluebutton',
  'other',
] as const;
export type Provider = (typeof PROVIDERS)[number];

/** One problem found in a meeting, as the contract prints it. Every string is already redacted. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** One sentence for the organiser. */
  message: string;
  /** A short redacted snippet showing where the problem is. */
  evidence: string;
  /** Short why + what to do. */
  guidance: string;
}

/** What `hygiene check --format json` prints for one invite (one element of `items`). */
export interface InviteReport {
  id?: string;
  subject: string;
  providers: Provider[];
  joinUrls: string[];
  findings: Finding[];
}

export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

export const atLeast = (s: Severity, min: Severity): boolean => severityRank(s) >= severityRank(min);

export const maxSeverity = (list: readonly Severity[]): Severity | undefined =>
  list.reduce<Severity | undefined>(
    (max, s) => (max === undefined || severityRank(s) > severityRank(max) ? s : max),
    undefined,
  );

export const isCredentialRule = (rule: RuleId): boolean => rule.startsWith('passcode-');
