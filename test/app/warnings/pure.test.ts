// The pure parts of the warnings use case: keys, fingerprints, decisions, times, links and messages.
import { describe, expect, it } from 'vitest';
import { parseCardAction } from '../../../src/app/card-actions.js';
import { analysisPolicyOf } from '../../../src/app/warnings/analysis-policy.js';
import { decideWarning, nothingNew } from '../../../src/app/warnings/decide.js';
import { endsInFuture, instantOf } from '../../../src/app/warnings/event-times.js';
import { fingerprintFindings } from '../../../src/app/warnings/fingerprint.js';
import { meetingOptionsUrl } from '../../../src/app/warnings/meeting-options-url.js';
import { isQuietAt } from '../../../src/app/warnings/quiet-hours.js';
import { reminderDue } from '../../../src/app/warnings/reminder-due.js';
import { subjectKeyOf, WARNING_KEY_PATTERN } from '../../../src/app/warnings/subject-key.js';
import { warningMessage } from '../../../src/app/warnings/warning-messages.js';
import type { WarningRow } from '../../../src/app/warnings/warning-repository.js';
import type { Finding } from '../../../src/domain/findings.js';
import { policySchema } from '../../../src/domain/policy/schema.js';

const finding = (rule: Finding['rule'], severity: Finding['severity'], evidence = 'Passcode: [REDACTED]'): Finding => ({
  rule,
  severity,
  message: `${rule} message`,
  evidence,
  guidance: 'do this',
});

describe('subject keys', () => {
  it('groups a series under its master and keeps every key valid for card actions', () => {
    const user = '6e2a1c4b-8d0f-4e1a-9b7c-3f5d2e1a0b9c';
    const id = `AAMkAGI2TG93AAA${'x'.repeat(120)}=`;
    expect(subjectKeyOf(user, { eventId: 'occ1', type: 'occurrence', seriesMasterId: 'M1' })).toBe(`series:${user}:M1`);
    expect(subjectKeyOf(user, { eventId: 'M1', type: 'seriesMaster' })).toBe(`series:${user}:M1`);
    expect(subjectKeyOf(user, { eventId: 'E1', type: 'singleInstance' })).toBe(`event:${user}:E1`);
    for (const eventId of [id, 'x'.repeat(900), 'has spaces & ; drop', 'ünïcødé']) {
      const key = subjectKeyOf(user, { eventId });
      expect(key).toMatch(WARNING_KEY_PATTERN);
      expect(`${key}#passcode-in-body`).toMatch(WARNING_KEY_PATTERN);
      expect(subjectKeyOf(user, { eventId })).toBe(key);
    }
    expect(subjectKeyOf(user, { eventId: 'x'.repeat(900) })).not.toBe(subjectKeyOf(user, { eventId: 'x'.repeat(901) }));
  });
});

describe('fingerprints', () => {
  it('ignore order and whitespace, follow rule, severity and evidence', () => {
    const a = [finding('passcode-in-body', 'medium'), finding('lobby-open', 'critical', 'scope: everyone')];
    const fp = fingerprintFindings(a);
    expect(fp).toMatch(/^fp1-[0-9a-f]{24}$/);
    expect(fingerprintFindings([...a].reverse())).toBe(fp);
    expect(fingerprintFindings([finding('passcode-in-body', 'medium', ' Passcode:  [REDACTED] '), a[1]!])).toBe(fp);
    expect(fingerprintFindings([finding('passcode-in-body', 'high'), a[1]!])).not.toBe(fp);
    expect(fingerprintFindings([finding('passcode-in-body', 'medium', 'PIN: [REDACTED]'), a[1]!])).not.toBe(fp);
    expect(fingerprintFindings([])).toBeUndefined();
    // New external domains alone do not re-warn.
    expect(fingerprintFindings([finding('external-attendees', 'low', 'external domains: a.example')])).toBe(
      fingerprintFindings([finding('external-attendees', 'low', 'external domains: a.example, b.example')]),
    );
  });
});

describe('decideWarning', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const warned = [finding('passcode-in-body', 'medium')];
  const row = (over: Partial<WarningRow> = {}): WarningRow => ({
    key: 'event:u:e',
    organizerId: 'u',
    eventId: 'e',
    subject: 's',
    providers: ['teams'],
    findings: warned,
    status: 'open',
    generation: 1,
    notifiedFingerprint: 'fp-a',
    notifiedFindings: warned,
    notifiedAt: '2026-12-01T09:00:00.000Z',
    sentRefs: {},
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    ...over,
  });

  it('warns on new and changed findings, not on unchanged or smaller ones', () => {
    expect(decideWarning({ fingerprint: 'fp-a', warnable: warned, now })).toEqual({ action: 'warn', why: 'new' });
    expect(decideWarning({ previous: row(), fingerprint: 'fp-a', warnable: warned, now })).toMatchObject({
      reason: 'unchanged',
    });
    const worse = [finding('lobby-open', 'critical'), ...warned];
    expect(decideWarning({ previous: row(), fingerprint: 'fp-b', warnable: worse, now })).toEqual({
      action: 'warn',
      why: 'changed',
    });
    const better = [finding('passcode-in-body', 'low')];
    expect(decideWarning({ previous: row(), fingerprint: 'fp-c', warnable: better, now })).toMatchObject({
      reason: 'improved',
    });
  });

  it('resolves only what was warned about', () => {
    expect(decideWarning({ previous: row(), warnable: [], now })).toEqual({ action: 'resolve' });
    expect(decideWarning({ previous: row({ status: 'resolved' }), warnable: [], now })).toMatchObject({
      reason: 'below-threshold',
    });
    expect(decideWarning({ warnable: [], now })).toMatchObject({ reason: 'below-threshold' });
  });

  it('applies decisions: dismissed covers what was seen, snooze until its end', () => {
    const later = '2026-12-01T09:30:00.000Z';
    const dismissed = { decision: 'dismissed' as const, at: later };
    expect(
      decideWarning({ previous: row(), fingerprint: 'fp-x', warnable: warned, decision: dismissed, now }),
    ).toMatchObject({
      reason: 'dismissed',
    });
    const worse = [finding('lobby-open', 'critical')];
    expect(
      decideWarning({ previous: row(), fingerprint: 'fp-y', warnable: worse, decision: dismissed, now }).action,
    ).toBe('warn');
    const before = { decision: 'intended' as const, at: '2026-12-01T08:00:00.000Z' };
    expect(decideWarning({ previous: row(), fingerprint: 'fp-y', warnable: worse, decision: before, now }).action).toBe(
      'warn',
    );
    const snoozed = { decision: 'snoozed' as const, until: '2026-12-02T10:00:00.000Z' };
    expect(decideWarning({ fingerprint: 'fp-a', warnable: warned, decision: snoozed, now })).toMatchObject({
      reason: 'snoozed',
    });
    const ended = { decision: 'snoozed' as const, until: '2026-12-01T09:59:00.000Z' };
    expect(decideWarning({ fingerprint: 'fp-a', warnable: warned, decision: ended, now }).action).toBe('warn');
    expect(nothingNew([finding('passcode-in-body', 'high')], warned)).toBe(false);
  });
});

describe('times', () => {
  it('reads Graph dateTimeTimeZone values in UTC and IANA zones', () => {
    expect(instantOf({ dateTime: '2026-12-04T12:00:00.0000000', timeZone: 'UTC' })?.toISOString()).toBe(
      '2026-12-04T12:00:00.000Z',
    );
    expect(instantOf({ dateTime: '2026-07-04T12:00:00.0000000', timeZone: 'Europe/London' })?.toISOString()).toBe(
      '2026-07-04T11:00:00.000Z',
    );
    expect(instantOf({ dateTime: '2026-12-04T12:00:00', timeZone: 'Pacific Standard Time' })?.toISOString()).toBe(
      '2026-12-04T12:00:00.000Z',
    );
    expect(instantOf({ dateTime: 'not a date' })).toBeUndefined();
  });

  it('knows whether a meeting or series is still ahead', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(endsInFuture({ end: new Date('2026-12-01T10:30:00Z') }, now)).toBe(true);
    expect(endsInFuture({ end: new Date('2026-12-01T09:30:00Z') }, now)).toBe(false);
    const master = (range: unknown) => ({
      type: 'seriesMaster',
      end: new Date('2026-01-01T00:00:00Z'),
      raw: { recurrence: { range } },
    });
    expect(endsInFuture(master({ type: 'noEnd' }), now)).toBe(true);
    expect(endsInFuture(master({ type: 'endDate', endDate: '2026-11-30' }), now)).toBe(false);
    expect(endsInFuture(master({ type: 'endDate', endDate: '2026-12-01' }), now)).toBe(true);
  });

  it('knows quiet hours, also over midnight and in a time zone', () => {
    const quiet = { start: '20:00', end: '07:00', timezone: 'Europe/London' };
    expect(isQuietAt(new Date('2026-12-01T22:00:00Z'), quiet)).toBe(true);
    expect(isQuietAt(new Date('2026-12-01T06:59:00Z'), quiet)).toBe(true);
    expect(isQuietAt(new Date('2026-12-01T07:00:00Z'), quiet)).toBe(false);
    expect(isQuietAt(new Date('2026-07-01T06:30:00Z'), quiet)).toBe(false); // 07:30 BST
    expect(isQuietAt(new Date('2026-12-01T12:00:00Z'), { start: '12:00', end: '13:00', timezone: 'UTC' })).toBe(true);
    expect(isQuietAt(new Date('2026-12-01T12:00:00Z'), undefined)).toBe(false);
  });
});

describe('meeting options link', () => {
  it('is derived from a classic join link, and not from a short link that carries a passcode token', () => {
    const url = meetingOptionsUrl(
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA2ZTk%40thread.v2/0?context=%7b%22Tid%22%3a%22t-1%22%2c%22Oid%22%3a%22o-1%22%7d',
    );
    expect(url).toBe(
      'https://teams.microsoft.com/meetingOptions/?organizerId=o-1&tenantId=t-1&threadId=19_meeting_NjA2ZTk%40thread.v2&messageId=0&language=en-US',
    );
    expect(meetingOptionsUrl('https://teams.microsoft.com/meet/264183392744150?p=Mt9xB2N6secret')).toBeUndefined();
    expect(
      meetingOptionsUrl('https://evil.example/l/meetup-join/19%3ameeting_x%40thread.v2/0?context=%7b%7d'),
    ).toBeUndefined();
    expect(meetingOptionsUrl('not a url')).toBeUndefined();
  });
});

describe('policy → analysis policy', () => {
  it('maps closed scopes and severity overrides', () => {
    const policy = policySchema.parse({
      organisation: { internalDomains: ['contoso.example'] },
      checks: { 'event-not-private': { severity: 'info' } },
      lobby: { closedScopes: ['organizer', 'invited'] },
    });
    const analysis = analysisPolicyOf(policy);
    expect(analysis.internalDomains).toEqual(['contoso.example']);
    expect(analysis.closedLobbyScopes).toEqual(['organizer', 'invited']);
    expect(analysis.weakLobbyScopesWithExternals).toEqual([]);
    expect(analysis.severityOverrides).toEqual({ 'event-not-private': 'info' });
  });
});

describe('warning message', () => {
  it('says what is wrong and carries buttons the card-action parser accepts', () => {
    const message = warningMessage({
      key: 'series:u-1:AAMk=',
      subject: 'Board call',
      startAt: '2026-12-04T12:00:00.000Z',
      providers: ['teams'],
      findings: [
        finding('lobby-open', 'critical', 'lobbyBypassSettings.scope: everyone'),
        finding('passcode-in-body', 'critical'),
      ],
      optionsUrl: 'https://teams.microsoft.com/meetingOptions/?organizerId=o',
      isSeries: true,
    });
    expect(message.title).toBe("Your meeting 'Board call' lets anyone skip the lobby");
    expect(message.severity).toBe('critical');
    expect(message.facts).toContainEqual({ label: 'Next', value: '2026-12-04 12:00 UTC (recurring)' });
    const callbacks = message.actions?.filter((a) => !a.url) ?? [];
    expect(callbacks.map((a) => a.verb)).toEqual(['fix-lobby', 'snooze', 'dismiss', 'why']);
    for (const action of callbacks) expect(parseCardAction(action.verb, action.data)).not.toHaveProperty('error');
    expect(message.actions?.find((a) => a.url)?.title).toBe('Open meeting options');
  });
});

describe('reminderDue', () => {
  const base: WarningRow = {
    key: 'event:u:e',
    organizerId: 'u',
    eventId: 'e',
    subject: 's',
    providers: ['teams'],
    findings: [finding('passcode-in-body', 'medium')],
    status: 'open',
    generation: 2,
    notifiedFingerprint: 'fp-a',
    notifiedAt: '2026-12-01T10:00:00.000Z',
    startAt: '2026-12-05T10:00:00.000Z',
    sentRefs: {},
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
  };
  const day = 86_400_000;
  const at = (iso: string) => new Date(iso);

  it('is due once inside the window before the start', () => {
    expect(reminderDue(base, undefined, at('2026-12-04T09:00:00Z'), day)).toBeUndefined();
    expect(reminderDue(base, undefined, at('2026-12-04T11:00:00Z'), day)).toEqual({
      kind: 'before-start',
      dedupeBase: 'reminder:event:u:e:2:fp-a',
    });
    expect(
      reminderDue({ ...base, remindedFingerprint: 'fp-a' }, undefined, at('2026-12-04T11:00:00Z'), day),
    ).toBeUndefined();
    expect(reminderDue(base, undefined, at('2026-12-05T10:00:00Z'), day)).toBeUndefined();
    // A warning sent inside the window was the reminder.
    expect(
      reminderDue({ ...base, notifiedAt: '2026-12-04T12:00:00.000Z' }, undefined, at('2026-12-04T13:00:00Z'), day),
    ).toBeUndefined();
    expect(reminderDue({ ...base, status: 'resolved' }, undefined, at('2026-12-04T11:00:00Z'), day)).toBeUndefined();
  });

  it('follows decisions', () => {
    const now = at('2026-12-04T11:00:00Z');
    expect(reminderDue(base, { decision: 'dismissed', at: '2026-12-01T11:00:00.000Z' }, now, day)).toBeUndefined();
    expect(reminderDue(base, { decision: 'snoozed', until: '2026-12-04T12:00:00.000Z' }, now, day)).toBeUndefined();
    expect(reminderDue(base, { decision: 'snoozed', until: '2026-12-02T10:00:00.000Z' }, now, day)).toEqual({
      kind: 'snooze-ended',
      dedupeBase: 'snooze-end:event:u:e:2026-12-02T10:00:00.000Z',
    });
    expect(
      reminderDue(
        { ...base, snoozeRemindedUntil: '2026-12-02T10:00:00.000Z' },
        { decision: 'snoozed', until: '2026-12-02T10:00:00.000Z' },
        now,
        day,
      )?.kind,
    ).toBe('before-start');
  });
});
