// Chat: what the bot says to a person, whatever the platform (Teams, Slack, web console).
// Adapters strip platform markup (mentions) and hand over plain text; this module picks the intent and builds
// BotMessages from the engines. It knows nothing of HTTP, Teams or Slack.
import type { BotMessage } from '../domain/message.js';

export type Audience = 'staff' | 'organiser' | 'admin';

/** The pure engines the chat draws on (guidance and invite analysis), behind one small seam. */
export interface ChatEngines {
  answer(question: string): { message: BotMessage; answered: boolean };
  checklist(audience: Audience): BotMessage;
  checkInvite(text: string): { message: BotMessage; flagged: boolean };
  /** A longer explanation of a finding rule or knowledge-base topic ("Why does this matter?"). */
  explain(ruleOrTopic: string): BotMessage | undefined;
}

export type Intent =
  | { kind: 'help' }
  | { kind: 'checklist'; audience: Audience }
  | { kind: 'check'; text: string }
  | { kind: 'ask'; question: string }
  | { kind: 'admin'; command: string; args: string };

const AUDIENCES: Record<string, Audience> = {
  staff: 'staff',
  attendee: 'staff',
  attendees: 'staff',
  participant: 'staff',
  participants: 'staff',
  organiser: 'organiser',
  organizer: 'organiser',
  organisers: 'organiser',
  organizers: 'organiser',
  host: 'organiser',
  admin: 'admin',
  admins: 'admin',
  administrator: 'admin',
};

const ADMIN_COMMANDS = new Set(['remind', 'schedule', 'reminders', 'cancel']);

/** Join links of conferencing services or a labelled passcode: pasted text that is an invite, not a question. */
const INVITE_HINT =
  /https?:\/\/[^\s]*(zoom\.|teams\.microsoft|teams\.live|webex|meet\.google|gotomeeting|goto\.com|bluejeans|chime\.aws|jit\.si|whereby|ringcentral|skype)|(^|\n)\s*(passcode|password|meeting id|pin|kenncode|code secret|contraseña|wachtwoord|senha|パスコード)\s*[:：]/i;

export function parseIntent(raw: string): Intent {
  const text = raw.trim();
  const [first = '', ...restWords] = text.split(/\s+/);
  const word = first.toLowerCase().replace(/^\//, '');
  const rest = text.slice(first.length).trim();
  if (text === '' || /^(help|\?|hi|hello|hey|start|menu|commands?)[!.]?$/i.test(text)) return { kind: 'help' };
  if (word === 'checklist' || word === 'checklists') {
    const audience = AUDIENCES[(restWords[0] ?? '').toLowerCase()];
    return audience ? { kind: 'checklist', audience } : { kind: 'help' };
  }
  if (word === 'check') return rest ? { kind: 'check', text: rest } : { kind: 'help' };
  if (word === 'ask') return rest ? { kind: 'ask', question: rest } : { kind: 'help' };
  if (ADMIN_COMMANDS.has(word)) return { kind: 'admin', command: word, args: rest };
  if (INVITE_HINT.test(text) && (text.length > 80 || text.includes('\n'))) return { kind: 'check', text };
  return { kind: 'ask', question: text };
}

export function helpMessage(platform: 'teams' | 'slack' | 'web'): BotMessage {
  const prefix = platform === 'slack' ? '/hygiene ' : '';
  return {
    kind: 'help',
    title: 'Meeting hygiene: what I can do',
    text:
      'I help keep video meetings safe, following the NCSC guidance on video conferencing. ' +
      'Ask me a question in your own words, paste a meeting invite to check it for exposed passcodes, or ask for a checklist.',
    checklist: [
      `${prefix}ask how do I stop uninvited people joining? — answers with a checklist`,
      `${prefix}check <paste an invite> — finds passcodes written into invites (never repeats them)`,
      `${prefix}checklist staff | organiser | admin — the full checklist for your role`,
      `${prefix}remind, schedule, reminders, cancel — policy reminders (admins only)`,
    ],
    suggestions: ['checklist staff', 'checklist organiser', 'How do I use the lobby?'],
  };
}

export interface ChatReply {
  intent: Intent['kind'];
  message: BotMessage;
}

export function respond(engines: ChatEngines, raw: string, platform: 'teams' | 'slack' | 'web'): ChatReply {
  const intent = parseIntent(raw);
  switch (intent.kind) {
    case 'help':
      return { intent: 'help', message: helpMessage(platform) };
    case 'checklist':
      return { intent: 'checklist', message: engines.checklist(intent.audience) };
    case 'check':
      return { intent: 'check', message: engines.checkInvite(intent.text).message };
    case 'ask':
      return { intent: 'ask', message: engines.answer(intent.question).message };
    case 'admin':
      // Admin commands are handled by the reminders use case where the platform supports them; here we only explain.
      return {
        intent: 'admin',
        message: {
          kind: 'notice',
          title: 'Admin commands',
          text: `'${intent.command}' is an admin command for posting policy reminders to a channel. Use it in a team channel (Teams: @mention me) or with /hygiene in Slack.`,
        },
      };
  }
}
