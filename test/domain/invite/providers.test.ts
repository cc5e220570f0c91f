import { describe, expect, it } from 'vitest';
import { detectProviders, providerOf } from '../../../src/domain/invite/providers.js';
import { unwrapUrl } from '../../../src/domain/invite/unwrap-url.js';

const joins: [string, string][] = [
  ['https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d', 'teams'],
  ['https://teams.microsoft.com/meet/41290837651?p=abc', 'teams'],
  ['https://teams.live.com/meet/9876543210?p=xyz', 'teams'],
  ['https://us02web.zoom.us/j/81234567890?pwd=abc.1', 'zoom'],
  ['https://acme.zoomgov.com/j/1612345678', 'zoom'],
  ['https://zoom.us/my/jane.doe', 'zoom'],
  ['https://acme.webex.com/acme/j.php?MTID=m123', 'webex'],
  ['https://acme.webex.com/meet/jane.doe', 'webex'],
  ['https://meet.google.com/abc-defg-hij', 'meet'],
  ['https://tel.meet/abc-defg-hij?pin=1234567890123', 'meet'],
  ['https://global.gotomeeting.com/join/123456789', 'goto'],
  ['https://meet.goto.com/123456789', 'goto'],
  ['https://bluejeans.com/123456789/4321', 'bluejeans'],
  ['https://chime.aws/1234567890', 'chime'],
  ['https://meet.jit.si/QuietRiverRunsDeep', 'jitsi'],
  ['https://jitsi.example.org/BoardMeeting', 'jitsi'],
  ['https://acme.whereby.com/board-room', 'whereby'],
  ['https://meetings.ringcentral.com/j/1234567890', 'ringcentral'],
  ['https://v.ringcentral.com/join/123456789?pw=abc', 'ringcentral'],
  ['https://join.skype.com/AbCdEfGh1234', 'skype'],
  ['https://meet.lync.com/contoso/jane/AB12CD34', 'skype'],
  ['https://meet.contoso.example/jane.doe/QWERTY12', 'skype'],
  ['https://bbb.example.org/b/abc-def-ghi', 'bigbluebutton'],
  ['https://greenlight.example.edu/rooms/abc-def-ghi-jkl/join', 'bigbluebutton'],
  ['https://vc.example.com/webapp/conference/board?pin=1234', 'other'],
  ['https://meeting.zoho.eu/meeting/join?key=123', 'other'],
  ['https://meetings.dialpad.com/room/acme-ops', 'other'],
  ['https://call.lifesizecloud.com/1234567', 'other'],
  ['https://app.slack.com/huddle/T0123/C0456', 'other'],
  ['https://meet.starleaf.com/8967472595/app', 'other'],
  ['https://events.zoom.us/ev/AqPwKAmSELLnIeju13MIzKFd3qz125enR~AIENS4pTzZ6px79rZvY', 'zoom'],
  ['https://www.webexevents.com/events/lab-automation-summit-2026/registration', 'webex'],
  ['https://acme.webex.com/weblink/register/r8c4b1bcddf62b7e646f9b93d5945fac3', 'webex'],
  ['https://primetime.bluejeans.com/a2m/live-event/kqbwboes', 'bluejeans'],
  ['https://chime.aws/adriankowalski', 'chime'],
  ['https://tinkerwell.daily.co/eng-standup', 'other'],
  ['https://app.cal.com/video/Jg2XI5nkl4w67CdghOjQwP', 'other'],
  ['https://vergaderen.gemeente.example/meeting/363426705', 'other'],
  ['https://www.microsoft.com/microsoft-teams/join-a-meeting', 'teams'],
  ['https://learn.example.ac.uk/mod/bigbluebuttonbn/view.php?id=48812', 'bigbluebutton'],
  ['https://join.example.gov/meeting/375606342', 'other'],
  ['https://app.livestorm.co/parcelwise/warehouse-automation-live', 'other'],
  ['zoommtg://zoom.us/join?action=join&confno=81234567890', 'zoom'],
  ['msteams:/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d', 'teams'],
];

const notJoins = [
  'https://aka.ms/JoinTeamsMeeting?omkt=en-US',
  'https://teams.microsoft.com/meetingOptions/?organizerId=1&tenantId=2',
  'https://dialin.teams.microsoft.com/usp/pstnconferencing',
  'https://www.microsoft.com/en-us/microsoft-teams/download-app',
  'https://help.webex.com/',
  'https://support.zoom.us/hc/en-us',
  'https://meet.goto.com/install',
  'https://www.bluejeans.com/numbers',
  'https://chime.aws/dialinnumbers/',
  'https://events.zoom.us/ev/calendar/ics?ticketId=TKT-8823174-06',
  'https://support.google.com/a/users/answer/9282720',
  'tel:+441234567890,,123456#',
  'mailto:someone@example.com',
  'https://sso.example.com/reset-password',
  'msteams:/l/chat/0/0?users=jane@example.com',
  'https://join.example.com/pricing',
  'https://protect-eu.mimecast.com/s/TRYgDZ0mijFrXpR?domain=zoom.us',
];

describe('provider catalogue', () => {
  it.each(joins)('%s is a %s join link', (url, provider) => {
    expect(providerOf({ url, label: '' })).toBe(provider);
  });

  it("unwraps Teams' launcher page to the meeting link it opens", () => {
    const launcher =
      'https://teams.microsoft.com/dl/launcher/launcher.html?url=%2F_%23%2Fmeet%2F4215803397610%3Fp%3DqT7vXb2NmK9sRw4LcY%26anon%3Dtrue&type=meet';
    expect(unwrapUrl(launcher)).toBe('https://teams.microsoft.com/meet/4215803397610?p=qT7vXb2NmK9sRw4LcY&anon=true');
  });

  it('unwraps Barracuda Link Protection to the join link it protects', () => {
    const wrapped =
      'https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fus02web.zoom.us%2fj%2f26325206345%3fpwd%3dA95r.1&c=E,1,h6R';
    expect(unwrapUrl(wrapped)).toBe('https://us02web.zoom.us/j/26325206345?pwd=A95r.1');
    expect(providerOf({ url: unwrapUrl(wrapped), label: '' })).toBe('zoom');
  });

  it("reads the provider of a Mimecast-rewritten link from its domain: a meeting host, or a join link's label", () => {
    const url = 'https://protect-eu.mimecast.com/s/TRYgDZ0mijFrXpR?domain=us06web.zoom.us';
    expect(providerOf({ url, label: '' })).toBe('zoom');
    const site = 'https://protect-eu.mimecast.com/s/TRYgDZ0mijFrXpR?domain=zoom.us';
    expect(providerOf({ url: site, label: 'Join Zoom Meeting' })).toBe('zoom');
    expect(providerOf({ url: site, label: 'our pricing page' })).toBeUndefined();
    expect(
      providerOf({ url: site.replace('domain=zoom.us', 'domain=support.zoom.us'), label: 'Join' }),
    ).toBeUndefined();
    expect(
      providerOf({ url: 'https://protect-eu.mimecast.com/s/x?domain=example.com', label: 'Join' }),
    ).toBeUndefined();
  });

  it('counts a Teams webinar registration page for Teams, as Zoom registration links count for Zoom', () => {
    expect(providerOf({ url: 'https://events.teams.microsoft.com/event/1f2e3d4c-aaaa@5b6c7d8e-bbbb', label: '' })).toBe(
      'teams',
    );
    expect(providerOf({ url: 'https://events.teams.microsoft.com/help', label: '' })).toBeUndefined();
  });

  it.each(notJoins)('%s is not a join link', (url) => {
    expect(providerOf({ url, label: '' })).toBeUndefined();
  });

  it('lists providers once, in order of first appearance', () => {
    const links = [
      'https://meet.google.com/abc-defg-hij',
      'https://aka.ms/x',
      'https://zoom.us/j/123456789',
      'https://meet.google.com/abc-defg-hij?hs=224',
    ].map((url) => ({ url, label: '' }));
    expect(detectProviders(links).providers).toEqual(['meet', 'zoom']);
  });

  it('counts a Zoom local-number link for the provider but not as a join URL', () => {
    const result = detectProviders([{ url: 'https://us06web.zoom.us/u/abc123', label: '' }]);
    expect(result.providers).toEqual(['zoom']);
    expect(result.joinLinks).toEqual([]);
  });
});
