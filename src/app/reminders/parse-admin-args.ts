// Parses admin command arguments into a validated request, for both platforms:
//   Teams (in a team channel): remind <topic> | schedule "<cron>" <topic> [tz] | reminders | cancel <id>
//   Slack: remind #channel <topic> | schedule #channel "<cron>" <topic> [tz] | reminders | cancel <id>
import { Cron } from 'croner';
import type { AdminCommand } from '../admin.js';

type Target = { teams?: { teamId: string; channelId: string }; slack?: { channel: string }; label: string };

export type ParsedAdminCommand =
  | ({ command: 'remind'; topic: string } & Target)
  | ({ command: 'schedule'; cron: string; timezone: string; topic: string } & Target)
  | { command: 'reminders' }
  | { command: 'cancel'; id: string };

const SLACK_CHANNEL_TOKEN = /^(?:<#([CG][A-Z0-9]+)(?:\|[^>]*)?>|#?([CG][A-Z0-9]{2,}))$/;
const TOPIC = /^[a-z0-9][a-z0-9-]{0,79}$/i;

const isTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** Splits on spaces, keeping "double-quoted" (also “curly”) runs together. */
export function tokenize(args: string): string[] {
  const tokens: string[] = [];
  const re = /["“”]([^"“”]*)["“”]|(\S+)/g;
  for (const m of args.matchAll(re)) tokens.push(m[1] ?? m[2] ?? '');
  return tokens;
}

function targetOf(command: AdminCommand, tokens: string[]): Target | { error: string } {
  if (command.platform === 'teams') {
    const { teamId, channelId } = command.where;
    if (!teamId || !channelId)
      return { error: 'Use this in a team channel, @mentioning me there: the reminder is posted to that channel.' };
    return { teams: { teamId, channelId }, label: 'this channel' };
  }
  const first = tokens[0] ?? '';
  const m = SLACK_CHANNEL_TOKEN.exec(first);
  if (m) tokens.shift();
  const channel = command.where.slackChannel ?? m?.[1] ?? m?.[2];
  if (!channel) return { error: 'Name the channel, e.g. /hygiene remind #general organiser' };
  return { slack: { channel }, label: `<#${channel}>` };
}

export function parseAdminArgs(command: AdminCommand): ParsedAdminCommand | { error: string } {
  const tokens = tokenize(command.args);
  switch (command.command) {
    case 'reminders':
      return { command: 'reminders' };
    case 'cancel': {
      const id = tokens[0];
      return id && /^[a-z0-9-]{1,64}$/i.test(id)
        ? { command: 'cancel', id }
        : { error: 'Usage: cancel <reminder id> (see: reminders)' };
    }
    case 'remind': {
      const target = targetOf(command, tokens);
      if ('error' in target) return target;
      const topic = tokens[0];
      if (!topic || !TOPIC.test(topic))
        return { error: 'Usage: remind <topic>, where topic is staff, organiser, admin or a guidance topic.' };
      return { command: 'remind', topic: topic.toLowerCase(), ...target };
    }
    case 'schedule': {
      const target = targetOf(command, tokens);
      if ('error' in target) return target;
      const [cron, topic, timezone = 'UTC', ...extra] = tokens;
      const usage = 'Usage: schedule "<cron>" <topic> [time zone], e.g. schedule "0 9 * * MON" organiser Europe/London';
      if (!cron || !topic || extra.length) return { error: usage };
      if (!/^(\S+\s+){4,5}\S+$/.test(cron.trim()))
        return { error: `"${cron}" is not a cron expression with 5 fields. ${usage}` };
      try {
        new Cron(cron, { timezone: isTimeZone(timezone) ? timezone : 'UTC', paused: true });
      } catch (err) {
        return { error: `"${cron}" is not a valid cron expression (${(err as Error).message}).` };
      }
      if (!TOPIC.test(topic)) return { error: usage };
      if (!isTimeZone(timezone))
        return { error: `'${timezone}' is not a time zone I know; use an IANA name such as Europe/London.` };
      return { command: 'schedule', cron: cron.trim(), timezone, topic: topic.toLowerCase(), ...target };
    }
    default:
      return { error: `Unknown admin command '${command.command}'. Try remind, schedule, reminders or cancel.` };
  }
}
