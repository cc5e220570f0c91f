import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  analyseInvite,
  detectInputs,
  exposureFromGraphFacts,
  inviteFromGraphEvent,
} from '../../../src/domain/invite/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/invites/${name}`, import.meta.url), 'utf8');
const printed = (report: unknown) => JSON.stringify(report);

const credentialsOf = (body: string, subject = 'Meeting') => {
  const { report, secrets } = analyseInvite({ subject, body, format: 'text' });
  for (const secret of secrets) expect(printed(report)).not.toContain(secret);
  return { secrets: [...secrets].sort(), report };
};

describe('analyseInvite: writing that hides a credential from a naive reader', () => {
  it('reads a PIN that Google Calendar wraps in direction marks, and prints the subject without them', () => {
    const { secrets } = credentialsOf('Join by phone\n(US) +1 929-555-0148 PIN: \u202a774 505 548\u202c#');
    expect(secrets).toEqual(['774 505 548']);
    const { report } = credentialsOf('no link', 'Sync \u200bPass\u200bcode: 551203');
    expect(report.subject).toBe('Sync Passcode: [REDACTED]');
  });

  it('joins a link hard-wrapped after a path slash, and an Outlook text-mode link wrapped before its closing bracket', () => {
    const wrapped = credentialsOf(
      'Join Zoom Meeting\nhttps://acme.zoom.us/j/\n94417720315?pwd=Z9SoXlRT1CpbpyLoVdM1VsAtTwPm1Y.1',
    );
    expect(wrapped.secrets).toEqual(['Z9SoXlRT1CpbpyLoVdM1VsAtTwPm1Y.1']);
    expect(wrapped.report.joinUrls).toEqual(['https://acme.zoom.us/j/94417720315?pwd=[REDACTED]']);
    const angled = credentialsOf(
      'Join Zoom Meeting<https://acme.zoom.us/j/93348817204?pwd=\n6fpLNtl0AmomcnvZwqyRAL5NLdFavd1R.1>\nBye',
    );
    expect(angled.secrets).toEqual(['6fpLNtl0AmomcnvZwqyRAL5NLdFavd1R.1']);
    const midNumber = credentialsOf('Join Zoom Meeting https://us02web.zoom.us/j/124331\n00531?pwd=OWEBOrSYe8zj8X.1\n');
    expect(midNumber.report.joinUrls).toEqual(['https://us02web.zoom.us/j/12433100531?pwd=[REDACTED]']);
    // A slash at a line's end followed by an ordinary word is not a wrapped link.
    expect(credentialsOf('See https://example.com/\nagenda').report.joinUrls).toEqual([]);
  });

  it("reads a Google Meet phone bridge's PIN from its dial string, but not a Jitsi or Teams first group", () => {
    const meet = 'Join: https://meet.google.com/abc-defg-hij\nOne tap: +1 929-555-0148,,472906183#';
    expect(credentialsOf(meet).secrets).toEqual(['472906183']);
    const labelled = 'https://meet.google.com/abc-defg-hij\nPIN: 472 906 183#\n+1 929-555-0148,,472906183#';
    expect(credentialsOf(labelled).secrets).toEqual(['472 906 183']);
    const jitsi = 'https://meet.jit.si/HarbourRota\nTo join by phone instead, tap this: +44.203.885.2179,,3372910455#';
    expect(credentialsOf(jitsi).secrets).toEqual([]);
  });

  it('takes an unnamed meet. host with a Jitsi-style room name for self-hosted Jitsi, but not a plain page', () => {
    expect(credentialsOf('Deelnemen:\nhttps://meet.dijkstra-advies.nl/ClientoverlegVanDam').report.providers).toEqual([
      'jitsi',
    ]);
    expect(credentialsOf('Menu: https://meet.example.org/contact').report.providers).toEqual([]);
  });

  it('names the provider of a dial-in block pasted without its link when the text names exactly one', () => {
    const block = 'One tap to join audio only:\n+12675550191,,360897768#,,853485# US';
    expect(credentialsOf(`RingCentral dial-in only for you:\n${block}`).report.providers).toEqual(['ringcentral']);
    expect(credentialsOf(`Dial in:\n${block}`).report.providers).toEqual([]);
    expect(credentialsOf(`Webex or Zoom, whichever works:\n${block}`).report.providers).toEqual([]);
  });

  it('names Zoom from its one-tap block when no link was pasted', () => {
    const { report, secrets } = credentialsOf('+441314601196,,87220413390#,,,,*9071553# (UK)');
    expect(report.providers).toEqual(['zoom']);
    expect(secrets).toEqual(['9071553']);
  });

  it("keeps a typed star at a value's end, and drops emphasis and full-width brackets", () => {
    expect(credentialsOf('Zoom — PW: 9x^Tq* (yes, with the symbols)').secrets).toEqual(['9x^Tq*']);
    expect(credentialsOf('Passcode: *Xy12ab*').secrets).toEqual(['Xy12ab']);
    expect(credentialsOf('x', '定例会議（パスコード：Hr4mX9）').secrets).toEqual(['Hr4mX9']);
  });

  it('reads the shorthand "PC" for a passcode in a subject only', () => {
    const { report, secrets } = credentialsOf(
      'Join: https://zoom.us/j/89100427735',
      '[EXT] Partner QBR – ID 891 0042 7735 / PC 220913',
    );
    expect(secrets).toEqual(['220913']);
    expect(report.subject).toBe('[EXT] Partner QBR – ID 891 0042 7735 / PC [REDACTED]');
    expect(credentialsOf('Bring your PC 2026 edition', 'Workshop').secrets).toEqual([]);
    expect(credentialsOf('x', 'Laptop swap – new PC arriving').secrets).toEqual([]);
  });

  it('reads a numeric twin written last in its remark, and a value after words holding a meeting number', () => {
    expect(
      credentialsOf('ミーティング パスワード: Hn4pW8kZs2q (電話およびビデオ システムから 41280577)').secrets,
    ).toEqual(['41280577', 'Hn4pW8kZs2q']);
    const earlier = 'It will ask for a passcode – I set it to the same one as part 1 (meeting 812 3399 0456): 661204';
    expect(credentialsOf(earlier).secrets).toEqual(['661204']);
  });

  it("does not take a file's password for the meeting's", () => {
    expect(
      credentialsOf('Deck is password-protected; the file password is Mercury!2026.\nPasscode: Kd7tRb').secrets,
    ).toEqual(['Kd7tRb']);
  });
});

describe('analyseInvite', () => {
  it('reports a Teams invite with a written passcode, redacted everywhere', () => {
    const { report, secrets } = analyseInvite({
      id: 't1',
      subject: 'Abgleich',
      body: fixture('teams-de-outlook.html'),
      format: 'html',
    });
    expect(report.providers).toEqual(['teams']);
    expect(report.findings.map((f) => f.rule)).toEqual(['passcode-in-body']);
    expect(report.findings[0]?.evidence).toBe('Kenncode: [REDACTED]');
    expect(secrets).toEqual(['Qx7Lm2']);
    expect(printed(report)).not.toContain('Qx7Lm2');
    // The <title> in <head> is not part of the invite.
    expect(printed(report)).not.toContain('NOTME1');
  });

  it('knows a meeting number written as a join link parameter, and a conferencing host with a /join/ room', () => {
    const zoho = analyseInvite({
      body: 'Enlace: https://meeting.zoho.eu/meeting/join?key=1029384756\nClave de la reunión: 1029384756',
    });
    expect(zoho.secrets).toEqual([]);
    expect(analyseInvite({ body: 'Join: https://meet.vidyo-partner.net/join/Rk7Q2mZ' }).report.providers).toEqual([
      'other',
    ]);
    expect(analyseInvite({ body: 'Sign up: https://www.example.net/join/newsletter' }).report.providers).toEqual([]);
  });

  it('takes a room link as self-hosted Jitsi only when the invite names Jitsi and no provider claims a link', () => {
    const named = analyseInvite({ body: 'Our own Jitsi:\nhttps://visio.example.org/Team-Standup\nPassword: none' });
    expect(named.report.providers).toEqual(['jitsi']);
    expect(named.report.joinUrls).toEqual(['https://visio.example.org/Team-Standup']);
    // Without the name (and off a meeting host), or beside a provider's own link, a one-segment link is just a link.
    expect(analyseInvite({ body: 'Agenda: https://wiki.example.org/Team-Standup' }).report.providers).toEqual([]);
    const teams = analyseInvite({
      body: 'We left Jitsi for Teams.\nhttps://teams.microsoft.com/meet/2345678901?p=Ab12Cd\nhttps://example.org/Handbook',
    });
    expect(teams.report.providers).toEqual(['teams']);
    // Help and download pages are not rooms.
    expect(analyseInvite({ body: 'Jitsi help: https://example.org/help' }).report.providers).toEqual([]);
  });

  it('finds every credential of a Zoom invite: labelled, in the link and in one-tap strings', () => {
    const { report, secrets } = analyseInvite({ body: fixture('zoom-fr.txt'), format: 'text' });
    expect(new Set(secrets)).toEqual(new Set(['4rT9pQ', '918273', 'Zk9UeXBlQnVybnNpZGVSb2Fkcw.1']));
    expect(report.joinUrls).toEqual(['https://acme-fr.zoom.us/j/81234567890?pwd=[REDACTED]']);
    expect(report.findings.map((f) => f.rule)).toContain('passcode-in-join-url');
    for (const s of secrets) expect(printed(report)).not.toContain(s);
  });

  it('reports a passcode that appears only inside one-tap dial strings', () => {
    const body = 'One tap mobile\n+13126266799,,81234567890#,,,,*55120934# US (Chicago)\nMeeting ID: 812 3456 7890';
    const { report } = analyseInvite({ body });
    expect(report.findings.map((f) => f.rule)).toEqual(['passcode-in-dial-string']);
    expect(report.findings[0]?.evidence).toContain('*[REDACTED]#');
  });

  it('redacts the subject when it carries the credential', () => {
    const { report } = analyseInvite({ subject: 'Weekly [pw Tq2Zx9]', body: 'https://zoom.us/j/81234567890' });
    expect(report.subject).toBe('Weekly [pw [REDACTED]]');
    expect(report.findings.map((f) => f.rule)).toEqual(['passcode-in-subject']);
  });

  it('stays silent on an invite with IDs, phone numbers and password talk only', () => {
    const body = [
      'Agenda: the new password policy (reset your PIN before Friday).',
      'Ticket 4471203, order 88120-44, room 3.12, week 42.',
      'Microsoft Teams meeting',
      'Join the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0?context=%7b%7d>',
      'Meeting ID: 352 626 921 425',
      '+47 21 40 20 33,,161095966#<tel:+4721402033,,161095966> Norway, Oslo',
      'Phone conference ID: 161 095 966#',
      'For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/?a=1> | Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>',
    ].join('\n');
    const { report } = analyseInvite({ body });
    expect(report.providers).toEqual(['teams']);
    expect(report.findings).toEqual([]);
  });

  it('rates by exposure: the same Teams passcode is info internally, medium with externals, critical with an open lobby', () => {
    const input = {
      body: 'Microsoft Teams meeting\nMeeting ID: 352 626 921 425\nPasscode: r5XGga\nJoin<https://teams.microsoft.com/l/meetup-join/x>',
    };
    const severity = (context?: Parameters<typeof analyseInvite>[1]) =>
      analyseInvite(input, context).report.findings[0]?.severity;
    expect(severity()).toBe('low');
    expect(severity({ externalAttendees: false, meeting: { lobbyBypassSettings: { scope: 'organization' } } })).toBe(
      'info',
    );
    expect(severity({ externalAttendees: true })).toBe('medium');
    expect(severity({ externalAttendees: true, meeting: { lobbyBypassSettings: { scope: 'everyone' } } })).toBe(
      'critical',
    );
    expect(
      severity({
        externalAttendees: false,
        meeting: { lobbyBypassSettings: { scope: 'invited', isDialInBypassEnabled: true } },
      }),
    ).toBe('critical');
  });

  it('rates a hand-written passcode for another provider above Teams’ default block, and host keys high', () => {
    const jitsi = analyseInvite({ body: 'https://meet.jit.si/QuietRiver\nPassword: Kx82mNq1' }).report.findings[0];
    expect(jitsi?.severity).toBe('medium');
    const host = analyseInvite({ body: 'https://acme.webex.com/acme/j.php?MTID=m1\nHost key: 448120' }).report
      .findings[0];
    expect(host?.severity).toBe('high');
    const pwd = analyseInvite({ body: 'https://zoom.us/j/81234567890?pwd=Q1w2E3r4T5.1' }, { externalAttendees: true })
      .report.findings[0];
    expect(pwd?.severity).toBe('high');
  });

  it('adds context findings from a Graph event: externals, not private, meeting settings, unapproved provider', () => {
    const { input, facts } = inviteFromGraphEvent(JSON.parse(fixture('graph-event-teams.json')));
    const context = exposureFromGraphFacts(facts, ['contoso.example'], {
      lobbyBypassSettings: { scope: 'organizationAndFederated', isDialInBypassEnabled: false },
      allowedPresenters: 'everyone',
      recordAutomatically: true,
    });
    expect(context.externalAttendees).toBe(true);
    const { report } = analyseInvite(input, context, {
      internalDomains: ['contoso.example'],
      approvedProviders: ['zoom'],
      closedLobbyScopes: ['organizer', 'invited', 'organizationExcludingGuests'],
      weakLobbyScopesWithExternals: ['organization', 'organizationAndFederated'],
      largeAudience: 40,
    });
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining([
        'passcode-in-body',
        'passcode-in-join-url',
        'lobby-open',
        'presenters-everyone',
        'recording-automatic',
        'external-attendees',
        'unapproved-provider',
        'event-not-private',
      ]),
    );
    expect(report.findings.find((f) => f.rule === 'passcode-in-body')?.severity).toBe('high');
    expect(printed(report)).not.toContain('Vb7RkQ2sLmN9xPaTcW');
    expect(printed(report)).not.toContain('Tz4Hq8Kw');
  });
});

describe('detectInputs', () => {
  it('detects Graph events, collections, records, iCalendar, HTML and text', () => {
    const event = fixture('graph-event-teams.json');
    expect(detectInputs(event)[0]?.input.id).toBe('AAMkAGFakeEventId=');
    expect(detectInputs(`{"value":[${event},${event}]}`)).toHaveLength(2);
    expect(detectInputs('{"id":"r1","body":"hello"}')[0]?.input).toEqual({ id: 'r1', body: 'hello' });
    const ics = detectInputs(fixture('webex-ja.ics'));
    expect(ics.map((d) => d.input.id)).toEqual(['webex-ja-0001@example.test', 'meet-0002@example.test']);
    expect(ics[0]?.context?.externalAttendees).toBe(true);
    expect(ics[1]?.context?.sensitivity).toBe('private');
    expect(detectInputs('<p>Hi</p>')[0]?.input.format).toBe('html');
    expect(detectInputs('Hi there')[0]?.input.format).toBe('text');
  });

  it('names the line and column of invalid JSON', () => {
    expect(() => detectInputs('{\n  "body": "x",\n  oops\n}')).toThrow(/line 3, column 3/);
  });
});
