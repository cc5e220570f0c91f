// The message for a checked invite (pasted in chat or the console). The report is already redacted by the engine.
import { type InviteReport, isCredentialRule, maxSeverity, type RuleId } from '../domain/findings.js';
import { providerName as domainProviderName } from '../domain/invite/finding-texts.js';
import type { BotMessage, MessageAction } from '../domain/message.js';

/** The service's name for people; `other` (a join link of an unlisted service) reads "another service". */
export const providerName = (p: string): string => (p === 'other' ? 'another service' : domainProviderName(p));

/** Short, readable names of the rules, for buttons ("Why: passcode in the invite?"). */
const RULE_LABELS: Record<RuleId, string> = {
  'passcode-in-body': 'a passcode in the invite',
  'passcode-in-subject': 'a passcode in the subject',
  'passcode-in-join-url': 'a passcode in the join link',
  'passcode-in-dial-string': 'a PIN in the dial-in number',
  'lobby-open': 'an open lobby',
  'lobby-dial-in-bypass': 'dial-in callers skipping the lobby',
  'presenters-everyone': 'letting everyone present',
  'recording-automatic': 'automatic recording',
  'external-attendees': 'inviting external attendees',
  'unapproved-provider': 'using an unapproved service',
  'event-not-private': 'a calendar entry others can read',
};

export const ruleLabel = (rule: RuleId): string => RULE_LABELS[rule];

export function inviteReportMessage(report: InviteReport): BotMessage {
  const exposed = report.findings.some((f) => isCredentialRule(f.rule));
  const severity = maxSeverity(report.findings.map((f) => f.severity));
  const facts = [
    ...(report.subject ? [{ label: 'Subject', value: report.subject }] : []),
    {
      label: 'Service',
      value: report.providers.length ? report.providers.map(providerName).join(', ') : 'no join link found',
    },
  ];
  const rules = [...new Set(report.findings.map((f) => f.rule))].slice(0, 3);
  const actions: MessageAction[] = rules.map((rule) => ({
    verb: 'why',
    title: `Why does ${ruleLabel(rule)} matter?`,
    data: { rule },
  }));
  if (report.findings.length === 0) {
    return {
      kind: 'invite-check',
      title: 'No exposed passcode found',
      text: 'I found no meeting passcode, PIN or host key written into this invite, and no join link that carries one.',
      facts,
    };
  }
  return {
    kind: 'invite-check',
    title: exposed ? 'This invite exposes a meeting credential' : 'This invite has settings worth a look',
    text: exposed
      ? 'Anyone who can see this invite (forwarded copies, shared calendars) can use the credential to join. Share passcodes only with the participants, separately from the calendar appointment. I never repeat the value itself.'
      : 'Nothing secret is written into it, but the points below make it easier for the wrong person to join.',
    severity,
    findings: report.findings,
    facts,
    actions,
  };
}
