// The Slack app over real HTTP: requests signed as Slack signs them, posted to /slack/events; everything the bot
// sends to Slack is captured by a local fake Web API (SLACK_API_URL) and response_url.
import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BotMessage } from '../../src/domain/message.js';
import { FAKE_BOT, type FakeSlackApi, startFakeSlackApi } from '../fakes/slack-api.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { FORM, formBody, type SlackPoster, slackPoster } from '../helpers/slack-signing.js';

const SECRET = 'test-signing-secret-8f3a2c';
const TOKEN = 'xoxb-test-bot-token-123456';
const PASSCODE = '5jR2wq';
const PWD = 'Qm9zZ0ZpcnN0VGVzdDEy';
const INVITE = [
  'Quarterly review',
  'Join Zoom Meeting',
  `https://us02web.zoom.us/j/84712345678?pwd=${PWD}.1`,
  'Meeting ID: 847 1234 5678',
  `Passcode: ${PASSCODE}`,
].join('\n');
/** The invite as Slack delivers it in an event: links in angle brackets, `&` escaped. */
const SLACK_INVITE = INVITE.replace(/(https:\/\/\S+)/, '<$1>');

const ALICE = 'U0ALICE01';
let RESPONSE_URL = '';

const warning: BotMessage = {
  kind: 'warning',
  title: 'Your meeting "Board review" shares its passcode',
  severity: 'critical',
  text: 'The invite shows the passcode and the lobby lets everyone in.',
  actions: [
    { verb: 'snooze', title: 'Snooze a day', data: { warning: 'evt:alice:AAMk1' } },
    { verb: 'dismiss', title: 'Not an issue', data: { warning: 'evt:alice:AAMk1' } },
    { verb: 'why', title: 'Why?', data: { rule: 'lobby-open' } },
  ],
};

const allSent = (api: FakeSlackApi) => JSON.stringify(api.requests.map((r) => r.body));

describe('Slack app over HTTP', () => {
  let api: FakeSlackApi;
  let service: TestService;
  let slack: SlackPoster;

  beforeEach(async () => {
    api = await startFakeSlackApi();
    service = await startTestService({
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: api.apiUrl,
    });
    RESPONSE_URL = api.responseUrl();
    slack = slackPoster(service.url, SECRET, { responseUrl: RESPONSE_URL });
  });
  afterEach(async () => {
    await service.close();
    await api.close();
  });

  it('learns its identity at start and answers url_verification and ssl_check', async () => {
    await api.waitFor('auth.test');
    expect(api.calls('auth.test')[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    const challenge = await slack.raw(
      JSON.stringify({
        token: 't',
        challenge: 'chal-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
        type: 'url_verification',
      }),
      'application/json',
    );
    expect(challenge.status).toBe(200);
    expect(challenge.json).toEqual({ challenge: 'chal-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
    const ssl = await fetch(`${service.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: formBody({ ssl_check: '1', token: 'x' }),
    });
    expect(ssl.status).toBe(200);
  });

  it('answers /hygiene help, ask and checklist ephemerally with Block Kit', async () => {
    const help = await slack.command('help');
    expect(help.status).toBe(200);
    expect(help.json).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(help.json)).toMatch(/\/hygiene checklist staff/);

    const ask = await slack.command('ask how do I stop uninvited people joining my meeting?');
    const body = ask.json as { blocks: { type: string }[]; text: string };
    expect(body.blocks[0]?.type).toBe('header');
    expect(JSON.stringify(body)).toMatch(/lobby|waiting room/i);

    const checklist = await slack.command('checklist organiser');
    expect(JSON.stringify(checklist.json)).toMatch(/organiser/i);
    expect(service.logLines.join('\n')).not.toContain(TOKEN);
  });

  it('checks a pasted invite without ever repeating the passcode', async () => {
    const res = await slack.command(`check ${INVITE}`);
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.json);
    expect(text).toMatch(/passcode/i);
    expect(text).toMatch(/REDACTED|not repeat|exposed/i);
    for (const secret of [PASSCODE, PWD]) {
      expect(text).not.toContain(secret);
      expect(allSent(api)).not.toContain(secret);
      expect(service.logLines.join('\n')).not.toContain(secret);
    }
    const metrics = await service.get('/metrics');
    expect(metrics.text).toMatch(/hygiene_bot_messages_total\{platform="slack",intent="check"\} 1/);
  });

  it('refuses admin commands from someone who is not an admin', async () => {
    const res = await slack.command('remind <#C0GENERAL1|general> organiser');
    expect(res.status).toBe(200);
    const [reply] = await api.waitFor('response_url');
    expect(reply?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(reply?.body)).toMatch(/Only admins/);
  });

  it('answers a DM in the DM and a mention in its thread; ignores bots, edits and itself', async () => {
    await api.waitFor('auth.test');
    await slack.event({
      type: 'message',
      channel: 'D0ALICE01',
      channel_type: 'im',
      user: ALICE,
      text: 'checklist staff',
      ts: '1.1',
    });
    const [dm] = await api.waitFor('chat.postMessage');
    expect(dm?.body).toMatchObject({ channel: 'D0ALICE01' });
    expect(JSON.stringify(dm?.body.blocks)).toMatch(/checklist for everyone joining/i);

    await slack.event({
      type: 'app_mention',
      channel: 'C0GENERAL1',
      user: ALICE,
      text: `<@${FAKE_BOT.userId}> checklist admin`,
      ts: '2.2',
      event_ts: '2.2',
    });
    const mentions = await api.waitFor('chat.postMessage', 2);
    expect(mentions[1]?.body).toMatchObject({ channel: 'C0GENERAL1', thread_ts: '2.2' });
    expect(JSON.stringify(mentions[1]?.body.blocks)).toMatch(/admin/i);

    // Not people talking: another bot, an edit, a join, the bot itself.
    for (const event of [
      { type: 'message', channel: 'D0ALICE01', channel_type: 'im', bot_id: 'B0OTHER', text: 'help', ts: '3.1' },
      {
        type: 'message',
        subtype: 'message_changed',
        channel: 'D0ALICE01',
        channel_type: 'im',
        text: 'help',
        ts: '3.2',
      },
      {
        type: 'message',
        subtype: 'channel_join',
        channel: 'C0GENERAL1',
        channel_type: 'channel',
        user: ALICE,
        text: `joined ${SLACK_INVITE}`,
        ts: '3.3',
      },
      { type: 'message', channel: 'D0ALICE01', channel_type: 'im', user: FAKE_BOT.userId, text: 'help', ts: '3.4' },
    ]) {
      expect((await slack.event(event)).status).toBe(200);
    }
    await api.settle();
    expect(api.calls('chat.postMessage')).toHaveLength(2);
    expect(api.calls('chat.postEphemeral')).toHaveLength(0);
  });

  it('watches channels: a shared passcode gets an ephemeral note to the poster only, once, without the secret', async () => {
    const event = {
      type: 'message',
      channel: 'C0GENERAL1',
      channel_type: 'channel',
      user: ALICE,
      text: SLACK_INVITE,
      ts: '10.1',
    };
    const first = await slack.event(event, { event_id: 'Ev0WATCH1' });
    expect(first.status).toBe(200);
    const [note] = await api.waitFor('chat.postEphemeral');
    expect(note?.body).toMatchObject({ channel: 'C0GENERAL1', user: ALICE });
    expect(JSON.stringify(note?.body)).toMatch(/delete.*post it again without the passcode/i);
    // Slack retries the same event: no second note.
    await slack.event(
      event,
      { event_id: 'Ev0WATCH1' },
      { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    );
    // An ordinary message is left alone.
    await slack.event({
      type: 'message',
      channel: 'C0GENERAL1',
      channel_type: 'channel',
      user: ALICE,
      text: 'lunch at 12?',
      ts: '10.2',
    });
    await api.settle();
    expect(api.calls('chat.postEphemeral')).toHaveLength(1);
    expect(api.calls('chat.postMessage')).toHaveLength(0);
    for (const secret of [PASSCODE, PWD]) {
      expect(allSent(api)).not.toContain(secret);
      expect(service.logLines.join('\n')).not.toContain(secret);
    }
  });

  it('publishes an App Home with the three checklists', async () => {
    await slack.event({ type: 'app_home_opened', user: ALICE, channel: 'D0ALICE01', tab: 'home', event_ts: '20.1' });
    const [publish] = await api.waitFor('views.publish');
    expect(publish?.body.user_id).toBe(ALICE);
    const view = publish?.body.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = JSON.stringify(view);
    for (const audience of [/staff/i, /organiser/i, /admin/i, /what I can do/i]) expect(text).toMatch(audience);
  });

  it('delivers a warning by e-mail lookup as a DM with buttons, and updates it', async () => {
    api.users.set('alice@contoso.example', ALICE);
    const sent = await service.slack!.notifier.sendToEmail('alice@contoso.example', warning);
    expect(sent).toMatchObject({ channel: 'D0ALICE01', attempts: 1 });
    expect(api.calls('conversations.open')[0]?.body.users).toBe(ALICE);
    const [post] = api.calls('chat.postMessage');
    expect(post?.body.channel).toBe('D0ALICE01');
    expect(post?.body.text).toMatch(/Board review/);
    const buttons = ((post?.body.blocks ?? []) as { type: string; elements?: { action_id: string; value: string }[] }[])
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements ?? []);
    expect(buttons.map((b) => b.action_id)).toEqual(['snooze', 'dismiss', 'why']);
    expect(JSON.parse(buttons[0]!.value)).toEqual({ warning: 'evt:alice:AAMk1' });

    expect(await service.slack!.notifier.sendToEmail('nobody@contoso.example', warning)).toBeUndefined();

    await service.slack!.notifier.update('D0ALICE01', sent!.messageRef!, { kind: 'notice', title: 'Resolved, thanks' });
    expect(api.calls('chat.update')[0]?.body).toMatchObject({ channel: 'D0ALICE01', ts: sent!.messageRef });
  });

  it('retries rate limits and Slack outages, but not a final refusal', async () => {
    api.failNext('chat.postMessage', 1, 429, { headers: { 'retry-after': '1' } });
    api.failNext('chat.postMessage', 1, 503);
    const sent = await service.slack!.notifier.sendToChannel('C0GENERAL1', warning);
    expect(sent.attempts).toBe(3);
    expect(sent.messageRef).toMatch(/^\d+\.\d+$/);

    api.failNext('chat.postMessage', 1, 200, { error: 'channel_not_found' });
    await expect(service.slack!.notifier.sendToChannel('C0NOWHERE1', warning)).rejects.toMatchObject({ attempts: 1 });
  });

  it('applies a button click, records the decision and replaces the message', async () => {
    const res = await slack.interaction(
      blockAction('snooze', JSON.stringify({ warning: 'evt:alice:AAMk1', days: '3' })),
    );
    expect(res.status).toBe(200);
    const [update] = await api.waitFor('response_url');
    expect(update?.body).toMatchObject({ replace_original: true });
    expect(JSON.stringify(update?.body)).toMatch(/snoozed for 3 days/i);
    expect(await service.store.decisions.get('evt:alice:AAMk1')).toMatchObject({ decision: 'snoozed', actor: ALICE });

    await slack.interaction(blockAction('dismiss:2', JSON.stringify({ warning: 'evt:alice:AAMk1' })));
    await api.waitFor('response_url', 2);
    expect(await service.store.decisions.get('evt:alice:AAMk1')).toMatchObject({ decision: 'dismissed' });

    await slack.interaction(blockAction('why', JSON.stringify({ rule: 'lobby-open' })));
    const replies = await api.waitFor('response_url', 3);
    expect(replies[2]?.body).toMatchObject({ replace_original: false, response_type: 'ephemeral' });
    expect(JSON.stringify(replies[2]?.body)).toMatch(/lobby/i);
    const metrics = await service.get('/metrics');
    expect(metrics.text).toMatch(/hygiene_card_actions_total\{platform="slack",verb="snooze",outcome="ok"\} 1/);
  });

  it('answers junk button payloads with an error reply, never a 5xx', async () => {
    const junk: unknown[] = [
      blockAction('explode', '{}'),
      blockAction('snooze', '{not json'),
      blockAction('snooze', JSON.stringify({ warning: 'has spaces; drop table' })),
      blockAction('why', 'null'),
      blockAction(42, 17),
      { ...blockAction('why', '{}'), actions: [] },
      { ...blockAction('why', '{}'), actions: [{}] },
    ];
    for (const payload of junk) {
      const res = await slack.interaction(payload);
      expect(res.status, JSON.stringify(payload)).toBe(200);
    }
    const replies = await api.waitFor('response_url', junk.length);
    await api.settle();
    expect(replies).toHaveLength(junk.length);
    for (const r of replies)
      expect(JSON.stringify(r.body)).toMatch(/did not work|unknown action|invalid|could not read/i);
    expect(await service.store.decisions.get('has spaces; drop table')).toBeUndefined();
    expect((await service.get('/healthz')).status).toBe(200);
  });

  it('refuses bad signatures and stale timestamps with 401, sending nothing', async () => {
    await api.waitFor('auth.test');
    const before = api.requests.length;
    const body = formBody({ command: '/hygiene', text: 'help', user_id: ALICE, response_url: api.responseUrl() });
    expect((await slack.raw(body, FORM, { secret: 'not-the-secret' })).status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await slack.raw(body, FORM, { timestamp: stale })).status).toBe(401);
    const unsigned = await fetch(`${service.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': FORM },
      body,
    });
    expect(unsigned.status).toBe(401);
    const event = JSON.stringify({
      type: 'event_callback',
      event_id: 'Ev0FORGED',
      event: { type: 'message', channel: 'D1', channel_type: 'im', user: ALICE, text: 'help', ts: '1.1' },
    });
    expect((await slack.raw(event, 'application/json', { secret: 'forged' })).status).toBe(401);
    await api.settle();
    expect(api.requests.length).toBe(before);
  });

  it('refuses bodies over 1 MiB with 413, declared or chunked', async () => {
    const big = `text=${'a'.repeat(1024 * 1024 + 10)}`;
    expect((await slack.raw(big, FORM)).status).toBe(413);
    const chunked = await postChunked(`${service.url}/slack/events`, 1024 * 1024 + 4096);
    expect(chunked).toBe(413);
    expect((await service.get('/healthz')).status).toBe(200);
  });
});

describe('Slack start-up', () => {
  it('starts and serves when the Slack API is unreachable', async () => {
    const service = await startTestService({
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    });
    try {
      expect((await service.get('/healthz')).status).toBe(200);
      const slack = slackPoster(service.url, SECRET, { responseUrl: 'http://127.0.0.1:9/r' });
      const help = await slack.command('help');
      expect(help.status).toBe(200);
      expect(JSON.stringify(help.json)).toMatch(/what I can do/i);
      expect(service.logLines.join('\n')).toMatch(/auth.test failed/);
    } finally {
      await service.close();
    }
  });

  it('in Socket Mode starts without a public endpoint: /slack/events is not configured', async () => {
    const api = await startFakeSlackApi();
    const service = await startTestService({
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_APP_TOKEN: 'xapp-1-test-app-token-0001',
      SLACK_API_URL: api.apiUrl,
    });
    try {
      const res = await service.post('/slack/events', { type: 'url_verification', challenge: 'c' });
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ error: 'not_configured' });
      expect((await service.get('/healthz')).status).toBe(200);
      expect(service.slack?.requestHandler).toBeUndefined();
      // It asked the (fake) Slack for a websocket URL, was refused, and kept serving.
      await api.waitFor('apps.connections.open');
    } finally {
      await service.close();
      await api.close();
    }
  });
});

function blockAction(actionId: unknown, value: unknown) {
  return {
    type: 'block_actions',
    user: { id: ALICE, username: 'alice', team_id: 'T0TEAM001' },
    api_app_id: 'A0APP0001',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '100.1', channel_id: 'D0ALICE01', is_ephemeral: false },
    trigger_id: '1337.42.abcd',
    team: { id: 'T0TEAM001', domain: 'contoso' },
    channel: { id: 'D0ALICE01', name: 'directmessage' },
    message: { type: 'message', ts: '100.1', text: 'warning' },
    response_url: RESPONSE_URL,
    actions: [
      {
        action_id: actionId,
        block_id: 'b1',
        type: 'button',
        value,
        action_ts: '100.2',
        text: { type: 'plain_text', text: 'x' },
      },
    ],
  };
}

/** Posts `size` bytes with Transfer-Encoding: chunked (no Content-Length), signed headers irrelevant. */
function postChunked(url: string, size: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        headers: { 'content-type': FORM, 'x-slack-signature': 'v0=00', 'x-slack-request-timestamp': '0' },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const write = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', write);
          return;
        }
      }
      req.end();
    };
    write();
  });
}
