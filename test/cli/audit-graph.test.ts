// `hygiene audit --graph` against the fake Graph and authority: the monitored users' calendars over the window,
// one report, no credential in it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { DAY, graphTime, startWorld, type World } from '../helpers/graph-world.js';
import { memoryIO } from '../helpers/memory-io.js';

const ALICE = {
  id: 'a11ce-0001',
  userPrincipalName: 'alice@contoso.example',
  mail: 'alice@contoso.example',
  displayName: 'Alice',
};
const BOB = {
  id: 'b0b-0002',
  userPrincipalName: 'bob@contoso.example',
  mail: 'bob@contoso.example',
  displayName: 'Bob',
};
const now = Date.now();

const event = (id: string, organiser: typeof ALICE, body: string, inDays: number) => ({
  id,
  subject: `Meeting ${id}`,
  body: { contentType: 'text', content: body },
  organizer: { emailAddress: { name: organiser.displayName, address: organiser.mail } },
  attendees: [],
  type: 'singleInstance',
  start: graphTime(new Date(now + inDays * DAY)),
  end: graphTime(new Date(now + inDays * DAY + 3_600_000)),
});

describe('hygiene audit --graph', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld({ monitoredUsers: [ALICE.userPrincipalName, BOB.id], slack: false });
    world.graph.addUser(ALICE);
    world.graph.addUser(BOB);
    for (let i = 0; i < 13; i++)
      world.graph.putEvent(ALICE.id, event(`a${i}`, ALICE, `Weekly catch-up ${i}, no join link.`, 1 + i));
    world.graph.putEvent(
      ALICE.id,
      event(
        'a-risky',
        ALICE,
        'Join Zoom Meeting\nhttps://acme.zoom.us/j/81234567890?pwd=Rk9zZ0xhVGVzdA.1\nPasscode: Lm4pQ8',
        2,
      ),
    );
    world.graph.putEvent(
      BOB.id,
      event('b-risky', BOB, 'Webex\nMeeting number: 2630 123 4567\nMeeting password: Tr7wQ3kZ', 3),
    );
    world.graph.putEvent(BOB.id, event('b-far', BOB, 'Passcode: Zz9Yy8Xx', 90));
  });
  afterAll(async () => world.close());

  it('reports both calendars over the window, paging through them, with the credentials redacted', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'audit-graph-')), 'report');
    const io = memoryIO('', { env: world.env });
    const code = await main(
      [
        'audit',
        '--graph',
        '--out',
        out,
        '--from',
        new Date(now).toISOString().slice(0, 10),
        '--to',
        new Date(now + 30 * DAY).toISOString().slice(0, 10),
      ],
      io,
    );
    expect(io.err()).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    const text = JSON.stringify(report);
    expect(text).toContain('Meeting a-risky');
    expect(text).toContain('Meeting b-risky');
    expect(text).toContain('Meeting a12'); // on the second page of Alice's calendarView
    expect(text).not.toContain('Meeting b-far'); // outside the window
    for (const file of ['report.json', 'report.csv', 'report.html']) {
      const content = readFileSync(join(out, file), 'utf8');
      for (const secret of ['Lm4pQ8', 'Tr7wQ3kZ', 'Rk9zZ0xhVGVzdA']) expect(content).not.toContain(secret);
    }
    expect(world.graph.requestsTo('GET', /calendarView$/).length).toBeGreaterThanOrEqual(2);
  });
});
