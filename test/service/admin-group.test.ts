// Teams admins named by an Entra group (admins.teamsGroupId), checked through Graph (checkMemberGroups).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../helpers/graph-world.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { botAddedToTeam, channelMention } from '../helpers/teams-activities.js';

const ALICE = {
  id: 'aad-alice-group',
  userPrincipalName: 'alice@contoso.example',
  mail: 'alice@contoso.example',
  displayName: 'Alice',
};
const MALLORY = {
  id: 'aad-mallory',
  userPrincipalName: 'mallory@contoso.example',
  mail: 'mallory@contoso.example',
  displayName: 'Mallory',
};
const GROUP = 'c0ffee00-0000-4000-8000-00000000adm1';

describe('admins by Entra group', () => {
  let world: World;
  let service: TestService;
  beforeAll(async () => {
    world = await startWorld({ monitoredUsers: [], slack: false });
    world.graph.addUser(ALICE);
    world.graph.addUser(MALLORY);
    world.graph.addGroup(GROUP, [ALICE.id]);
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    writeFileSync(join(dir, 'policy.yaml'), `admins:\n  teamsGroupId: "${GROUP}"\n`);
    service = await startTestService({ ...world.env, POLICY_FILE: join(dir, 'policy.yaml') });
    await service.post(
      '/api/messages',
      botAddedToTeam(world.connector.url, { id: '29:alice', aadObjectId: ALICE.id, name: 'Alice' }),
    );
    await world.connector.waitForSent(1);
  });
  afterAll(async () => {
    await service.close();
    await world.close();
  });

  it('lets a group member post a reminder and refuses someone outside the group', async () => {
    await service.post(
      '/api/messages',
      channelMention(world.connector.url, { id: '29:alice', aadObjectId: ALICE.id, name: 'Alice' }, 'remind staff'),
    );
    await service.post(
      '/api/messages',
      channelMention(
        world.connector.url,
        { id: '29:mallory', aadObjectId: MALLORY.id, name: 'Mallory' },
        'remind staff',
      ),
    );
    const sent = await world.connector.waitForSent(4);
    const text = sent.map((r) => JSON.stringify(r.body)).join('\n');
    expect(text).toMatch(/Reminder posted/);
    expect(text).toMatch(/Only admins/);
    const audit = await service.store.audit.list();
    expect(audit.map((a) => [a.actor, a.outcome])).toEqual([
      [MALLORY.id, 'refused'],
      [ALICE.id, 'ok'],
    ]);
    expect(world.graph.requestsTo('POST', /checkMemberGroups$/)).toHaveLength(2);
  });
});
