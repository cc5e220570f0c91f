// `hygiene serve` as an operator runs it: a fresh directory, no .env, no configuration at all.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/hygiene');

function run(args: string[], env: Record<string, string>, cwd: string) {
  const child = spawn(BIN, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (err += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => out, err: () => err };
}

async function waitFor(check: () => boolean, ms = 15_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('hygiene serve (process)', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    child?.kill('SIGKILL');
  });

  it('starts with no .env, says which integrations are off, serves, and exits 0 on SIGTERM', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hygiene-serve-'));
    const p = run(['serve'], { PORT: '0' }, cwd);
    child = p.child;
    await waitFor(() => /listening on/.test(p.out()));
    const port = /"port":(\d+)/.exec(p.out())?.[1];
    expect(p.out()).toMatch(/slack: off: set SLACK_BOT_TOKEN/);
    expect(p.out()).toMatch(/graph: off: GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET not set/);
    expect(p.out()).toMatch(/teams: emulator mode/);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(existsSync(join(cwd, 'data', 'hygiene.sqlite'))).toBe(true);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
  });

  it('refuses production without Teams authentication (exit 2)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hygiene-serve-'));
    const p = run(['serve'], { PORT: '0', NODE_ENV: 'production' }, cwd);
    child = p.child;
    expect(await p.exited).toBe(2);
    expect(p.err()).toMatch(/MicrosoftAppId is empty/);
  });

  it('stops with exit 2 naming the policy file and field when the policy is invalid', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hygiene-serve-'));
    writeFileSync(join(cwd, 'policy.yaml'), 'warnings:\n  minSeverity: loud\n');
    const p = run(['serve'], { PORT: '0', POLICY_FILE: 'policy.yaml' }, cwd);
    child = p.child;
    expect(await p.exited).toBe(2);
    expect(p.err()).toMatch(/policy\.yaml.*warnings\.minSeverity/);
  });

  it('reads .env when present', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hygiene-serve-'));
    writeFileSync(join(cwd, '.env'), 'DATABASE_URL=sqlite:./state/db.sqlite\nPORT=0\n');
    const p = run(['serve'], {}, cwd);
    child = p.child;
    await waitFor(() => /listening on/.test(p.out()));
    expect(existsSync(join(cwd, 'state', 'db.sqlite'))).toBe(true);
    p.child.kill('SIGINT');
    expect(await p.exited).toBe(0);
  });
});
