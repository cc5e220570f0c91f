// `/hygiene remind #channel <topic>` and `/hygiene schedule #channel "<cron>" <topic> [tz]`: the channel named in the
// command line. Slack sends `<#C0123ABCD|name>` for a picked channel (escaped slash commands) and the bare `#name`
// as typed otherwise (https://api.slack.com/interactivity/slash-commands#creating_commands, "should_escape").

export interface AdminArgs {
  /** The channel id (`C…`/`G…`), or the bare name when only `#name` was typed. */
  slackChannel?: string;
  /** The rest of the command line, without the channel. */
  args: string;
}

const CHANNEL_LINK = /^<#([CG][A-Z0-9]+)(?:\|[^>]*)?>/;
const CHANNEL_NAME = /^#([a-z0-9][a-z0-9._-]{0,79})(?=\s|$)/i;

export function parseAdminArgs(raw: string): AdminArgs {
  const text = raw.trim();
  const link = CHANNEL_LINK.exec(text);
  if (link) return { slackChannel: link[1], args: text.slice(link[0].length).trim() };
  const name = CHANNEL_NAME.exec(text);
  if (name) return { slackChannel: name[1], args: text.slice(name[0].length).trim() };
  return { args: text };
}
