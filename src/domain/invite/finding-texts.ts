// Words of the findings: one sentence for the organiser, and a short why + what to do after the NCSC video
// conferencing guidance ("share the password only with participants … rather than including it within a
// calendar appointment that might be viewable by everybody"; hold unauthenticated people in the lobby).
import type { Finding, RuleId, Severity } from '../findings.js';
import type { AnalysisPolicy } from '../meeting/policy.js';

export type CredentialLabel = 'passcode' | 'host' | 'dial-in';

const WHAT: Record<CredentialLabel, string> = {
  passcode: 'a meeting passcode',
  host: 'a host key or moderator PIN',
  'dial-in': 'a dial-in passcode or PIN',
};

export const credentialMessage = (rule: RuleId, kind: CredentialLabel, provider?: string): string => {
  const on = provider ? ` for the ${providerName(provider)} meeting` : '';
  switch (rule) {
    case 'passcode-in-subject':
      return `The meeting subject contains ${WHAT[kind]}${on}, and subjects show up in free/busy views, room panels and notifications.`;
    case 'passcode-in-join-url':
      return kind === 'host'
        ? `A join link${on} carries a host token that lets whoever has it start or run the meeting.`
        : `A join link${on} carries the passcode, so anyone who gets the link joins without typing it.`;
    case 'passcode-in-dial-string':
      return `A one-tap dial string${on} embeds the numeric passcode or PIN.`;
    default:
      return `The invite contains ${WHAT[kind]}${on} that everyone who can read the appointment can use.`;
  }
};

const SHARE_SEPARATELY =
  'Share a passcode only with the participants (for example in a direct message), not in a calendar appointment others may be able to read; keep the lobby/waiting room on so unauthenticated people wait to be admitted.';

export const GUIDANCE: Record<RuleId, string> = {
  'passcode-in-body': SHARE_SEPARATELY,
  'passcode-in-subject': `Remove it from the subject. ${SHARE_SEPARATELY}`,
  'passcode-in-join-url':
    'Send the link without the embedded passcode (for Zoom, the link without pwd=; never forward host or start links) and keep the waiting room on, so a forwarded link does not let anyone straight in.',
  'passcode-in-dial-string':
    'Remove the passcode from the one-tap numbers or share them only with participants; phone callers are hard to identify, so keep them in the lobby.',
  'lobby-open':
    'Let only people from your organisation and invited guests skip the lobby, so unauthenticated callers wait until someone checks who they are (Meeting options → Who can bypass the lobby).',
  'lobby-dial-in-bypass':
    'Turn off "People dialing in can bypass the lobby": callers by phone cannot be identified before they are in.',
  'presenters-everyone':
    'With external attendees, make only the organiser and named people presenters, so guests cannot share their screen or take over the meeting.',
  'recording-automatic':
    'Record only when needed and tell participants; make sure you know where the recording is stored and who can read it.',
  'external-attendees':
    'People outside your organisation are invited: check who is in the lobby before admitting them, and share any passcode only with them directly.',
  'unapproved-provider':
    "Use the approved meeting service where you can; the bot cannot see this service's lobby or waiting-room settings, so check the waiting room is on yourself.",
  'event-not-private':
    'Mark the appointment private so delegates and people who can see your calendar do not read the join details.',
};

const NAMES: Record<string, string> = {
  teams: 'Microsoft Teams',
  zoom: 'Zoom',
  webex: 'Webex',
  meet: 'Google Meet',
  goto: 'GoTo Meeting',
  bluejeans: 'BlueJeans',
  chime: 'Amazon Chime',
  jitsi: 'Jitsi',
  whereby: 'Whereby',
  ringcentral: 'RingCentral',
  skype: 'Skype',
  bigbluebutton: 'BigBlueButton',
  other: 'online',
};

export const providerName = (provider: string): string => NAMES[provider] ?? provider;

/** A finding with its rule's guidance and the policy's severity override for the rule, when there is one. */
export const findingOf = (
  policy: AnalysisPolicy,
  rule: RuleId,
  severity: Severity,
  message: string,
  evidence: string,
): Finding => ({
  rule,
  severity: policy.severityOverrides?.[rule] ?? severity,
  message,
  evidence,
  guidance: GUIDANCE[rule],
});
