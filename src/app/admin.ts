// The seam between chat platforms and admin commands (policy reminders): `remind`, `schedule`, `reminders`,
// `cancel`. Adapters parse platform specifics (mentions, #channel links) into this shape; the reminders use case
// checks the caller against the policy, acts, audits, and answers with a message.
import type { BotMessage } from '../domain/message.js';

export interface AdminCommand {
  platform: 'teams' | 'slack';
  command: 'remind' | 'schedule' | 'reminders' | 'cancel' | string;
  /** The rest of the command line, e.g. `"0 9 * * MON" organiser Europe/London`. */
  args: string;
  actor: { id: string; upn?: string; name?: string };
  /** Where the command was issued and, for Slack, the channel it names (`#channel` → id). */
  where: { teamId?: string; channelId?: string; slackChannel?: string };
}

export interface AdminCommands {
  handle(command: AdminCommand): Promise<BotMessage>;
}
