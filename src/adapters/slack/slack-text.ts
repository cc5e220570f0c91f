// Slack message text → the plain text the chat engines expect. Slack escapes `&`, `<`, `>` and wraps links, user,
// channel and special mentions in angle brackets (https://api.slack.com/reference/surfaces/formatting#retrieving-messages):
// `<https://zoom.us/j/1?pwd=x&amp;y=1|label>`, `<@U123>`, `<#C123|general>`, `<!here>`. Join links must reach the
// invite engine intact (with `&` unescaped), or a credential in a URL would go unseen.

const ANGLE = /<([^<>\s][^<>]*)>/g;

export function slackTextToPlain(text: string): string {
  const plain = text.replace(ANGLE, (_whole, inner: string) => {
    const [target = '', label] = splitOnce(inner, '|');
    if (target.startsWith('@')) return `@${label ?? target.slice(1)}`;
    if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
    if (target.startsWith('!')) return `@${(label ?? target.slice(1)).replace(/^subteam\^/, '')}`;
    const url = target.replace(/^mailto:/, '');
    // A label that differs from the link may itself carry text worth checking (e.g. a passcode): keep both.
    return label && label !== url && label !== target ? `${label} ${url}` : url;
  });
  return unescapeSlack(plain);
}

/** Removes mentions of the bot (`<@UBOT>`, `<@UBOT|name>`); when the bot's id is unknown, a leading mention. */
export function stripBotMentions(text: string, botUserId?: string): string {
  const stripped = botUserId
    ? text.replace(new RegExp(`<@${escapeRegExp(botUserId)}(\\|[^>]*)?>`, 'g'), ' ')
    : text.replace(/^\s*<@[UW][A-Z0-9]+(\|[^>]*)?>/, ' ');
  return stripped.replace(/[ \t]+/g, ' ').trim();
}

export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
