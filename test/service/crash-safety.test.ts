// Crash safety: the service runs as a real process; it is SIGKILLed in the middle of a burst of Graph notifications
// and started again on the same database. Every risky meeting must end up with a warning in Teams, and only once —
// except a message Teams had already received when the process died before recording it: Bot Framework has no
// idempotency key, so that one message is sent again rather than risk losing it (at least once, never lost).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, graphTime, startWorld, type World } from '../helpers/graph-world.js';
import { installPersonal } from '../helpers/teams-activities.js';

const BIN = join(import.meta.dirname, '../../bin/hygiene');
const ALICE = {
  id: '0a11ce00-0000-4000-8000-0000000000a1',
  userPrincipalName: 'alice@contoso.example',
  mail: 'alice@contoso.example',
  displayName: 'Alice',
};
const MEETINGS = 24;

const riskyEvent = (n: number) => ({
  id: `ev-${n}`,
  subject: `Supplier call ${n}`,
  body: {
    contentType: 'text',
    content: `Join Zoom Meeting\nhttps://acme.zoom.us/j/8471234${String(n).padStart(4, '0')}?pwd=Zk9wTjRYdXp${n}QmV4.1\nMeeting ID: 847 1234 ${String(n).padStart(4, '0')}\nPasscode: Qx${n}z7Lm`,
  },
  organizer: { emailAddress: { name: 'Alice', address: ALICE.mail } },
  attendees: [{ type: 'required', emailAddress: { address: `guest${n}@fabrikam.example` } }],
  sensitivity: 'normal',
  isOrganizer: true,
  isCancelled: false,
  type: 'singleInstance',
  start: graphTime(new Date(Date.now() + 2 * DAY + n * 3_600_000)),
  end: graphTime(new Date(Date.now() + 2 * DAY + n * 3_600_000 + 1_800_000)),
});

describe('crash safety', () => {
  let world: World;
  let child: ChildProcess | undefined;
  let exited: Promise<unknown> = Promise.resolve();
  let logs = '';
  let env: Record<string, string>;

  beforeAll(async () => {
    world = await startWorld({ monitoredUsers: [ALICE.userPrincipalName], slack: false });
    world.graph.addUser(ALICE);
    const dir = mkdtempSync(join(tmpdir(), 'crash-'));
    writeFileSync(
      join(dir, 'policy.yaml'),
      'organisation:\n  internalDomains: [contoso.example]\n  approvedProviders: [teams, zoom]\n',
    );
    env = {
      ...(process.env as Record<string, string>),
      ...world.env,
      DATABASE_URL: `sqlite:${join(dir, 'hygiene.sqlite')}`,
      POLICY_FILE: join(dir, 'policy.yaml'),
      LOG_LEVEL: 'warn',
    };
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await world.close();
  });

  const start = async () => {
    const proc = spawn(BIN, ['serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [proc.stdout, proc.stderr]) stream?.on('data', (c) => (logs += String(c)));
    child = proc;
    exited = new Promise((resolve) => proc.once('exit', resolve));
    const deadline = Date.now() + 20_000;
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${world.port}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return proc;
      if (Date.now() > deadline) throw new Error('service did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const warningsBySubject = () => {
    const counts = new Map<string, number>();
    for (const r of world.connector.sent().filter((x) => x.method === 'POST')) {
      const m = /Supplier call (\d+)/.exec(JSON.stringify(r.body));
      if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    }
    return counts;
  };

  it('loses no warning, and repeats only a message cut short by the kill', { timeout: 90_000 }, async () => {
    await start();
    // Subscribed, and Alice has a Teams chat with the bot.
    for (let i = 0; i < 100 && ![...world.graph.subscriptions.values()].some((s) => s.userId === ALICE.id); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const res = await fetch(`http://127.0.0.1:${world.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        installPersonal(world.connector.url, { id: '29:alice', aadObjectId: ALICE.id, name: 'Alice' }),
      ),
    });
    expect(res.status).toBe(200);

    for (let n = 0; n < MEETINGS; n++) world.graph.putEvent(ALICE.id, riskyEvent(n));
    // The burst: three notifications per change, as Outlook sends them; the process dies half-way.
    const sends: Promise<unknown>[] = [];
    for (let n = 0; n < MEETINGS; n++) {
      sends.push(world.graph.notify(ALICE.id, `ev-${n}`, 'created').catch(() => []));
      sends.push(world.graph.notify(ALICE.id, `ev-${n}`, 'updated', 2).catch(() => []));
      if (n === MEETINGS / 2) {
        await new Promise((r) => setTimeout(r, 1200)); // some reviews and sends are under way
        child!.kill('SIGKILL');
      }
    }
    await Promise.all(sends);
    await exited;

    // Restart on the same database: the inbox and the delta reconciliation finish the work.
    await start();
    const deadline = Date.now() + 60_000;
    while (warningsBySubject().size < MEETINGS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    await new Promise((r) => setTimeout(r, 2000)); // anything doubled would show up by now

    const counts = warningsBySubject();
    expect(counts.size).toBe(MEETINGS);
    // The restarted process reports the deliveries the killed one left half-done; only those may repeat.
    const cutShort = [...logs.matchAll(/"deliveries":(\d+)[^\n]*work cut short/g)].reduce(
      (n, m) => n + Number(m[1]),
      0,
    );
    const repeats = [...counts.values()].reduce((n, c) => n + (c - 1), 0);
    console.log(
      `crash-safety: ${MEETINGS} meetings warned, ${repeats} repeated, ${cutShort} deliveries cut short by the kill`,
    );
    expect(repeats).toBeLessThanOrEqual(cutShort);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
    const everything = JSON.stringify(world.connector.requests.map((r) => r.body));
    for (let n = 0; n < MEETINGS; n++) expect(everything).not.toContain(`Qx${n}z7Lm`);
  });
});
