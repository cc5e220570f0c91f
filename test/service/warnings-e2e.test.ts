// The product's promise end to end: an organiser writes a passcode into an invite for external guests with the Teams
// lobby open; Graph notifies the service; the organiser is warned once in Teams and in Slack, not again for the same
// thing, and thanked once when it is fixed. A clean internal meeting produces nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ALICE,
  TEAMS_JOIN as JOIN,
  TEAMS_PASSCODE as PASSCODE,
  startWorld,
  teamsEvent,
  type World,
} from '../helpers/graph-world.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { slackPoster } from '../helpers/slack-signing.js';
import { cardAction, installPersonal } from '../helpers/teams-activities.js';

const ALICE_TEAMS = { id: '29:1alice-mri', aadObjectId: ALICE.id, name: 'Alice Example' };
const ALICE_SLACK = 'U0ALICE01';
describe('organiser warnings end to end', () => {
  let world: World;
  let service: TestService;

  beforeEach(async () => {
    world = await startWorld({ monitoredUsers: [ALICE.userPrincipalName] });
    world.graph.addUser(ALICE);
    world.slack.users.set(ALICE.mail, ALICE_SLACK);
    world.graph.addMeeting({
      id: 'MSpkMeeting1',
      organizerId: ALICE.id,
      joinWebUrl: JOIN,
      lobbyBypassSettings: { scope: 'everyone', isDialInBypassEnabled: false },
    });
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    writeFileSync(join(dir, 'policy.yaml'), 'organisation:\n  internalDomains: [contoso.example]\n');
    service = await startTestService({ ...world.env, POLICY_FILE: join(dir, 'policy.yaml') });
    await service.graph!.idle();
    // Alice installed the bot in Teams earlier: her personal chat is known by her aadObjectId (= Graph user id).
    await service.post('/api/messages', installPersonal(world.connector.url, ALICE_TEAMS));
    await world.connector.waitForSent(1);
  });
  afterEach(async () => {
    await service.close();
    await world.close();
  });

  const teamsWarnings = () =>
    world.connector
      .sent()
      .filter((r) => r.method === 'POST')
      .slice(1);
  const slackWarnings = () => world.slack.calls('chat.postMessage');
  const everything = () =>
    JSON.stringify([
      world.connector.requests.map((r) => r.body),
      world.slack.requests.map((r) => r.body),
      service.logLines,
    ]);

  it('warns once in Teams and Slack, never repeats it, never leaks the passcode, and thanks once when fixed', async () => {
    world.graph.putEvent(ALICE.id, teamsEvent('ev-risky'));
    await world.graph.notify(ALICE.id, 'ev-risky', 'created');
    await world.graph.notify(ALICE.id, 'ev-risky', 'updated', 2);
    await service.graph!.idle();

    expect(teamsWarnings()).toHaveLength(1);
    const card = JSON.stringify(teamsWarnings()[0]?.body);
    expect(card).toMatch(/lobby/i);
    expect(card).toMatch(/fix-lobby/);
    expect(card).toMatch(/critical/i);
    expect(slackWarnings()).toHaveLength(1);
    expect(slackWarnings()[0]?.body.channel).toBeDefined();

    // Her Slack App Home lists the open warning.
    const slack = slackPoster(service.url, world.env.SLACK_SIGNING_SECRET!, { responseUrl: world.slack.responseUrl() });
    await slack.event({
      type: 'app_home_opened',
      user: ALICE_SLACK,
      channel: 'D0ALICE01',
      tab: 'home',
      event_ts: '1.2',
    });
    const [home] = await world.slack.waitFor('views.publish');
    expect(JSON.stringify(home?.body.view)).toMatch(/Your open warnings \(1\)/);
    expect(JSON.stringify(home?.body.view)).toContain('Partner review');

    // Outlook sends more notifications for the same, unchanged meeting: nothing new.
    await world.graph.notify(ALICE.id, 'ev-risky', 'updated', 3);
    await service.graph!.idle();
    expect(teamsWarnings()).toHaveLength(1);
    expect(slackWarnings()).toHaveLength(1);

    // She fixes it: lobby closed, passcode removed from the invite.
    world.graph.meeting('MSpkMeeting1')!.lobbyBypassSettings = {
      scope: 'organizationExcludingGuests',
      isDialInBypassEnabled: false,
    };
    world.graph.putEvent(ALICE.id, teamsEvent('ev-risky', { passcode: false }));
    await world.graph.notify(ALICE.id, 'ev-risky', 'updated');
    await service.graph!.idle();
    // The warning message itself is replaced by a short "resolved, thanks" in both places, once.
    const resolved = world.connector.requests.filter((r) => r.method === 'PUT');
    const slackUpdates = world.slack.calls('chat.update');
    expect(resolved).toHaveLength(1);
    expect(slackUpdates).toHaveLength(1);
    expect(JSON.stringify([resolved[0]?.body, slackUpdates[0]?.body])).toMatch(/resolved/i);
    await world.graph.notify(ALICE.id, 'ev-risky', 'updated', 2);
    await service.graph!.idle();
    expect(world.connector.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
    expect(world.slack.calls('chat.update')).toHaveLength(1);
    expect(teamsWarnings()).toHaveLength(1);

    expect(everything()).not.toContain(PASSCODE);
  });

  it('says nothing about a clean internal meeting with a closed lobby, even though Teams wrote its passcode', async () => {
    world.graph.meeting('MSpkMeeting1')!.lobbyBypassSettings = { scope: 'organization', isDialInBypassEnabled: false };
    world.graph.putEvent(ALICE.id, teamsEvent('ev-internal', { guests: false, subject: 'Team sync' }));
    await world.graph.notify(ALICE.id, 'ev-internal', 'created', 3);
    await service.graph!.idle();
    expect(teamsWarnings()).toHaveLength(0);
    expect(slackWarnings()).toHaveLength(0);
  });

  it('fixes the lobby from the Teams card: Graph gets the PATCH and the card says so', async () => {
    world.graph.putEvent(ALICE.id, teamsEvent('ev-fix'));
    await world.graph.notify(ALICE.id, 'ev-fix', 'created');
    await service.graph!.idle();
    const card = JSON.stringify(teamsWarnings()[0]?.body);
    const data = /"verb":"fix-lobby","data":(\{[^}]*\})/.exec(card)?.[1];
    expect(data).toBeDefined();
    const click = await service.post(
      '/api/messages',
      cardAction(world.connector.url, ALICE_TEAMS, 'fix-lobby', JSON.parse(data!)),
    );
    expect(click.status).toBe(200);
    expect(JSON.stringify(click.body)).toMatch(/lobby/i);
    expect(world.graph.requestsTo('PATCH', /onlineMeetings\/MSpkMeeting1$/)).toHaveLength(1);
    expect(world.graph.meeting('MSpkMeeting1')?.lobbyBypassSettings?.scope).toBe('organizationExcludingGuests');
    // Someone else clicking the same button changes nothing.
    const mallory = { id: '29:mallory', aadObjectId: 'aad-mallory', name: 'Mallory' };
    await service.post('/api/messages', cardAction(world.connector.url, mallory, 'fix-lobby', JSON.parse(data!)));
    expect(world.graph.requestsTo('PATCH', /onlineMeetings\/MSpkMeeting1$/)).toHaveLength(1);
  });
});
