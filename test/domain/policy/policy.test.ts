import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../src/domain/policy/duration.js';
import { loadPolicy, PolicyError, parsePolicy } from '../../../src/domain/policy/load.js';

describe('policy', () => {
  it('has safe built-in defaults', () => {
    const p = loadPolicy(undefined);
    expect(p.warnings).toMatchObject({ minSeverity: 'medium', remindBefore: '24h', channels: ['teams', 'slack'] });
    expect(p.organisation.approvedProviders).toEqual(['teams']);
    expect(p.slack.watchChannels).toBe(true);
    expect(p.reminders).toEqual([]);
  });

  it('reads the contract example in YAML', () => {
    const p = parsePolicy(`
organisation:
  internalDomains: [Contoso.example]
  approvedProviders: [teams, zoom]
admins:
  teams: ["aad-1"]
  slack: ["U0123ABCD"]
warnings:
  minSeverity: high
  remindBefore: 90m
  channels: [slack]
slack:
  watchChannels: false
reminders:
  - id: weekly-lobby
    cron: "0 9 * * MON"
    timezone: Europe/London
    topic: organiser
    teams: { teamId: "19:abc", channelId: "19:def@thread.tacv2" }
    slack: { channel: "C0123ABCD" }
`);
    expect(p.organisation.internalDomains).toEqual(['contoso.example']);
    expect(p.warnings.minSeverity).toBe('high');
    expect(parseDuration(p.warnings.remindBefore)).toBe(90 * 60_000);
    expect(p.reminders[0]).toMatchObject({
      id: 'weekly-lobby',
      timezone: 'Europe/London',
      slack: { channel: 'C0123ABCD' },
    });
  });

  it('reads JSON too', () => {
    expect(parsePolicy('{"warnings":{"minSeverity":"low"}}').warnings.minSeverity).toBe('low');
  });

  it.each([
    ['warnings:\n  minSeverity: loud', 'warnings.minSeverity'],
    ['warnings:\n  remindBefore: soon', 'warnings.remindBefore'],
    ['organisation:\n  approvedProviders: [teams, myspace]', 'organisation.approvedProviders.1'],
    [
      'reminders:\n  - id: r1\n    cron: "0 9 * * MON"\n    topic: staff\n    timezone: Mars/Olympus\n    slack: { channel: C01 }',
      'reminders.0.timezone',
    ],
    ['reminders:\n  - id: r1\n    cron: "0 9 * * MON"\n    topic: staff', 'reminders.0'],
    ['admins:\n  slack: [alice]', 'admins.slack.0'],
  ])('names the field of an invalid policy: %s', (text, field) => {
    try {
      parsePolicy(text, 'policy.yaml');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(PolicyError);
      expect((err as PolicyError).field).toBe(field);
      expect((err as Error).message).toContain('policy.yaml');
    }
  });

  it('names the file when it cannot be read or parsed', () => {
    expect(() => loadPolicy('/nonexistent/policy.yaml')).toThrow(/\/nonexistent\/policy.yaml.*ENOENT/);
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'warnings: [unclosed');
    expect(() => loadPolicy(file)).toThrow(PolicyError);
  });
});
