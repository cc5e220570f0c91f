// The messages organisers get: a warning, a reminder, "resolved, thanks", and the answers to "Fix the lobby".
// Built only from engine-redacted strings (subject, findings) and ids; never from the raw invite.
import type { Finding, Severity } from '../../domain/findings.js';
import { maxSeverity } from '../../domain/findings.js';
import type { BotMessage, MessageAction } from '../../domain/message.js';
import { providerName } from '../invite-message.js';
import type { WarningRow } from './warning-repository.js';

export interface WarningView {
  key: string;
  subject: string;
  startAt?: string;
  providers: readonly string[];
  findings: readonly Finding[];
  optionsUrl?: string;
  isSeries: boolean;
  note?: string;
}

/** What a message needs of a stored warning. */
export const viewOfWarning = (row: WarningRow): WarningView => ({
  key: row.key,
  subject: row.subject,
  startAt: row.startAt,
  providers: row.providers,
  findings: row.findings,
  optionsUrl: row.optionsUrl,
  isSeries: row.key.startsWith('series:'),
  note: row.note,
});

const SUBJECT_MAX = 80;

export const quoted = (subject: string): string => {
  const s = subject.replace(/\s+/g, ' ').trim() || '(no subject)';
  return `'${s.length > SUBJECT_MAX ? `${s.slice(0, SUBJECT_MAX - 1)}…` : s}'`;
};

/** "2026-12-04 12:00 UTC" — unambiguous whatever the reader's zone. */
export const formatWhen = (iso: string | undefined): string | undefined =>
  iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : undefined;

/** What is wrong, in plain words, from the most important finding. */
export function headline(findings: readonly Finding[]): string {
  const main = findings[0];
  if (!main) return 'has settings worth a look';
  switch (main.rule) {
    case 'lobby-open':
      return /scope: everyone/.test(main.evidence)
        ? 'lets anyone skip the lobby'
        : 'lets guests skip the lobby while external people are invited';
    case 'lobby-dial-in-bypass':
      return 'lets phone callers skip the lobby';
    case 'passcode-in-subject':
      return 'shows its passcode in the subject line';
    case 'passcode-in-join-url':
      return 'has a join link that carries its passcode';
    case 'passcode-in-body':
    case 'passcode-in-dial-string':
      return 'shows its passcode in the invite';
    case 'presenters-everyone':
      return 'lets everyone present';
    case 'recording-automatic':
      return 'starts recording automatically';
    case 'unapproved-provider':
      return 'uses a meeting service that is not approved here';
    case 'event-not-private':
      return 'carries join details but is not marked private';
    case 'external-attendees':
      return 'invites people from outside the organisation';
  }
}

function facts(view: WarningView): { label: string; value: string }[] {
  const when = formatWhen(view.startAt);
  return [
    { label: 'Meeting', value: view.subject || '(no subject)' },
    ...(when ? [{ label: view.isSeries ? 'Next' : 'When', value: view.isSeries ? `${when} (recurring)` : when }] : []),
    {
      label: 'Service',
      value: view.providers.length ? view.providers.map(providerName).join(', ') : 'no join link found',
    },
  ];
}

export function warningActions(view: WarningView): MessageAction[] {
  const actions: MessageAction[] = [];
  const warning = view.key;
  if (view.findings.some((f) => f.rule === 'lobby-open')) {
    actions.push({ verb: 'fix-lobby', title: 'Fix the lobby', data: { warning }, style: 'primary' });
  }
  if (view.optionsUrl) actions.push({ verb: 'open-url', title: 'Open meeting options', url: view.optionsUrl });
  actions.push({ verb: 'snooze', title: 'Snooze 1 day', data: { warning, days: '1' } });
  actions.push({ verb: 'dismiss', title: 'Not an issue', data: { warning } });
  const rule = view.findings[0]?.rule;
  if (rule) actions.push({ verb: 'why', title: 'Why does this matter?', data: { rule } });
  return actions;
}

const WARNING_TEXT =
  'Anyone who reads this invite, or joins without waiting in the lobby, can get into the meeting. The points below say what to change; I never repeat a passcode.';

export function warningMessage(view: WarningView): BotMessage {
  return {
    kind: 'warning',
    title: `Your meeting ${quoted(view.subject)} ${headline(view.findings)}`,
    text: [WARNING_TEXT, view.isSeries ? 'This applies to the whole series.' : '', view.note ?? '']
      .filter(Boolean)
      .join(' '),
    severity: maxSeverity(view.findings.map((f) => f.severity)) as Severity,
    findings: [...view.findings],
    facts: facts(view),
    actions: warningActions(view),
  };
}

export function reminderMessage(view: WarningView): BotMessage {
  const when = formatWhen(view.startAt);
  return {
    ...warningMessage(view),
    kind: 'reminder',
    title: `Reminder: your meeting ${quoted(view.subject)} still ${headline(view.findings)}`,
    text: `${when ? `It starts at ${when}. ` : ''}${WARNING_TEXT}${view.note ? ` ${view.note}` : ''}`,
  };
}

export function resolvedMessage(view: Pick<WarningView, 'subject' | 'startAt' | 'providers' | 'isSeries'>): BotMessage {
  return {
    kind: 'notice',
    title: `Resolved, thanks: ${quoted(view.subject)}`,
    text: 'The problems I warned you about are no longer there. Nothing else to do.',
    facts: facts({ ...view, key: '', findings: [] }),
  };
}

export function lobbyFixedMessage(view: Pick<WarningView, 'subject' | 'optionsUrl'>, scopeLabel: string): BotMessage {
  return {
    kind: 'notice',
    title: 'Lobby fixed',
    text: `${quoted(view.subject)} now lets only ${scopeLabel} skip the lobby; everyone else waits until you admit them.`,
    ...(view.optionsUrl
      ? { actions: [{ verb: 'open-url', title: 'Open meeting options', url: view.optionsUrl }] }
      : {}),
  };
}

export const MANUAL_LOBBY_STEPS = [
  'Open the meeting in Teams or Outlook and choose Meeting options.',
  'Set "Who can bypass the lobby?" to "People in my organisation" (or "Only me and co-organisers").',
  'Turn off "People dialling in can bypass the lobby".',
  'Save.',
];

export function manualLobbyMessage(
  view: Pick<WarningView, 'subject' | 'optionsUrl'>,
  reason: 'forbidden' | 'not-found' | 'error',
): BotMessage {
  const why = {
    forbidden: `I am not allowed to change the options of ${quoted(view.subject)} here.`,
    'not-found': `I could not find the Teams meeting behind ${quoted(view.subject)}.`,
    error: `Something went wrong while I tried to change the options of ${quoted(view.subject)}.`,
  }[reason];
  return {
    kind: 'notice',
    title: 'Please fix the lobby in meeting options',
    text: `${why} It takes a minute by hand:`,
    checklist: MANUAL_LOBBY_STEPS,
    ...(view.optionsUrl
      ? { actions: [{ verb: 'open-url', title: 'Open meeting options', url: view.optionsUrl }] }
      : {}),
  };
}

export const SCOPE_LABELS: Record<string, string> = {
  organizer: 'you',
  invited: 'people you invited',
  organization: 'people in your organisation',
  organizationExcludingGuests: 'people in your organisation (not guests)',
  organizationAndFederated: 'people in your organisation and trusted organisations',
  everyone: 'everyone',
};
