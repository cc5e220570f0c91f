import { describe, expect, it } from 'vitest';
import { parseAdminArgs } from '../../../src/adapters/slack/admin-args.js';
import { verbOf } from '../../../src/adapters/slack/block-actions.js';
import { isHumanMessage } from '../../../src/adapters/slack/message-filters.js';
import { RecentEvents } from '../../../src/adapters/slack/recent-events.js';
import { slackTextToPlain, stripBotMentions } from '../../../src/adapters/slack/slack-text.js';

describe('slackTextToPlain', () => {
  it('unwraps links and unescapes & so join-link credentials reach the engine', () => {
    expect(slackTextToPlain('Join <https://zoom.us/j/1?pwd=abc&amp;uname=x> now')).toBe(
      'Join https://zoom.us/j/1?pwd=abc&uname=x now',
    );
    expect(slackTextToPlain('<https://teams.microsoft.com/meet/1?p=Zx9|Join the meeting>')).toBe(
      'Join the meeting https://teams.microsoft.com/meet/1?p=Zx9',
    );
    expect(slackTextToPlain('<https://a.example/x|https://a.example/x>')).toBe('https://a.example/x');
    expect(slackTextToPlain('<mailto:bob@contoso.example|bob@contoso.example>')).toBe('bob@contoso.example');
  });

  it('renders mentions and channel links as text and unescapes markup characters', () => {
    expect(slackTextToPlain('<@U123> in <#C123|general> <!here> 1 &lt; 2 &gt; 0 &amp;')).toBe(
      '@U123 in #general @here 1 < 2 > 0 &',
    );
  });
});

describe('stripBotMentions', () => {
  it('removes the bot mention anywhere, or a leading mention when the bot id is unknown', () => {
    expect(stripBotMentions('<@UBOT1> checklist   staff', 'UBOT1')).toBe('checklist staff');
    expect(stripBotMentions('hey <@UBOT1|hygiene> help', 'UBOT1')).toBe('hey help');
    expect(stripBotMentions('<@UBOT1> ask <@U0ALICE>', 'UBOT1')).toBe('ask <@U0ALICE>');
    expect(stripBotMentions('<@UBOT1> help')).toBe('help');
  });
});

describe('parseAdminArgs', () => {
  it('takes the channel id from a Slack channel link, or the bare #name', () => {
    expect(parseAdminArgs('<#C0123ABCD|general> organiser')).toEqual({ slackChannel: 'C0123ABCD', args: 'organiser' });
    expect(parseAdminArgs('<#G0PRIV01> "0 9 * * MON" staff Europe/London')).toEqual({
      slackChannel: 'G0PRIV01',
      args: '"0 9 * * MON" staff Europe/London',
    });
    expect(parseAdminArgs('#all-staff staff')).toEqual({ slackChannel: 'all-staff', args: 'staff' });
    expect(parseAdminArgs('rem-1')).toEqual({ args: 'rem-1' });
    expect(parseAdminArgs('')).toEqual({ args: '' });
  });
});

describe('message filters', () => {
  const base = { type: 'message', channel: 'C1', channel_type: 'channel', user: 'U1', text: 'hi', ts: '1.1' };
  it('accepts people, file shares and thread broadcasts; rejects bots, subtypes, itself and empty text', () => {
    expect(isHumanMessage(base)).toBe(true);
    expect(isHumanMessage({ ...base, subtype: 'file_share' })).toBe(true);
    expect(isHumanMessage({ ...base, subtype: 'thread_broadcast' })).toBe(true);
    expect(isHumanMessage({ ...base, subtype: 'message_changed' })).toBe(false);
    expect(isHumanMessage({ ...base, subtype: 'channel_join' })).toBe(false);
    expect(isHumanMessage({ ...base, bot_id: 'B1' })).toBe(false);
    expect(isHumanMessage({ ...base, user: 'UBOT' }, 'UBOT')).toBe(false);
    expect(isHumanMessage({ ...base, text: '  ' })).toBe(false);
    expect(isHumanMessage({ ...base, user: undefined })).toBe(false);
    expect(isHumanMessage(undefined)).toBe(false);
    expect(isHumanMessage('message')).toBe(false);
  });
});

describe('RecentEvents', () => {
  it('reports a repeat once seen, and forgets the oldest beyond its capacity', () => {
    const recent = new RecentEvents(2);
    expect(recent.firstSighting('a')).toBe(true);
    expect(recent.firstSighting('a')).toBe(false);
    expect(recent.firstSighting(undefined)).toBe(true);
    recent.firstSighting('b');
    recent.firstSighting('c');
    expect(recent.firstSighting('a')).toBe(true);
    expect(recent.firstSighting('c')).toBe(false);
  });
});

describe('verbOf', () => {
  it('strips the repeat suffix renderBlocks adds and tolerates junk', () => {
    expect(verbOf('snooze:2')).toBe('snooze');
    expect(verbOf('why')).toBe('why');
    expect(verbOf(42)).toBe('');
    expect(verbOf(undefined)).toBe('');
  });
});
