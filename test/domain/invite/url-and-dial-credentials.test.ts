import { describe, expect, it } from 'vitest';
import { findDialStrings } from '../../../src/domain/invite/dial-strings.js';
import { findUrlCredentials } from '../../../src/domain/invite/url-credentials.js';

const urlValues = (url: string) => findUrlCredentials([{ url, label: '' }]).map((c) => `${c.param}=${c.value}`);

describe('credentials in join links', () => {
  it.each([
    ['https://us06web.zoom.us/j/81234567890?pwd=QmFzZTY0VG9rZW4.1&from=addon', 'pwd=QmFzZTY0VG9rZW4.1'],
    ['https://us05web.zoom.us/w/81234567890?tk=AbC.dEf-123&pwd=Zz9', 'tk=AbC.dEf-123'],
    ['https://zoom.us/s/81234567890?zak=eyJ0eXAi.Host', 'zak=eyJ0eXAi.Host'],
    ['https://teams.microsoft.com/meet/41290837651?p=Vb7RkQ2sLmN9', 'p=Vb7RkQ2sLmN9'],
    ['https://v.ringcentral.com/join/123456789?pw=0a1b2c3d4e5f', 'pw=0a1b2c3d4e5f'],
    ['zoommtg://zoom.us/join?action=join&confno=81234567890&pwd=QmFzZTY0VG9rZW4.1', 'pwd=QmFzZTY0VG9rZW4.1'],
    ['https://tel.meet/abc-defg-hij?pin=4166745937711', 'pin=4166745937711'],
    ['https://vc.example.com/webapp/#/?conference=board&pin=4321', 'pin=4321'],
    ['https://acme.whereby.com/desk?roomKey=eyJhbGc.payload.sig', 'roomkey=eyJhbGc.payload.sig'],
    ['https://bluejeans.com/123456789/4321?src=join_info', 'path=4321'],
  ])('%s', (url, expected) => {
    expect(urlValues(url)[0]).toBe(expected);
  });

  it('ignores identifiers, tracking parameters and masked values', () => {
    expect(urlValues('https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0?context=%7b%7d')).toEqual(
      [],
    );
    expect(urlValues('https://acme.webex.com/acme/j.php?MTID=m0123456789abcdef')).toEqual([]);
    expect(urlValues('https://dialin.plcm.vc/teams/?key=662515994&conf=9199761006')).toEqual([]);
    expect(urlValues('https://us06web.zoom.us/j/3863575642?pwd=XXXXXXXX')).toEqual([]);
    // Unfilled template fields, also with their closing marks cut off where the link as written ends.
    for (const field of ['{{passcode}}', '{{passcode', '<passcode>', '$' + '{PASSCODE}', '%PASSCODE%'])
      expect(urlValues(`https://teams.microsoft.com/meet/{{meeting_id}}?p=${field}`)).toEqual([]);
    expect(urlValues('https://zoom.us/meeting/register/tJUkcOmgrT8sE9')).toEqual([]);
    expect(urlValues('https://teams.microsoft.com/l/meetup-join/x?p=notameetlink')).toEqual([]);
  });
});

describe('one-tap dial strings', () => {
  it('separates the meeting ID from the passcode groups', () => {
    const [zoom] = findDialStrings('+441213362624,,65779554194#,,,,*7656096844# United Kingdom');
    expect(zoom?.meetingId).toBe('65779554194');
    expect(zoom?.credentials).toEqual(['7656096844']);
    expect(findDialStrings('+44-20-9498-5785,,2758838557#66590589# United Kingdom Toll')[0]?.credentials).toEqual([
      '66590589',
    ]);
    expect(findDialStrings('+13466923950,,321866779#,,1006501# US (Houston)')[0]?.credentials).toEqual(['1006501']);
  });

  it('finds no credential in conference-ID-only strings', () => {
    expect(findDialStrings('+44 121 231 7705,,91924649#   United Kingdom')[0]?.credentials).toEqual([]);
    expect(findDialStrings('+12532603052,,,1278268673#')[0]?.credentials).toEqual([]);
  });

  it('does not read lists or dates as dial strings', () => {
    expect(findDialStrings('Items 1234567, 2345678 and 3456789 are due 2026, 10, 11')).toEqual([]);
  });

  it('finds dial strings after a space, `;` pauses and `*`/`#` before the group, on any line', () => {
    const text =
      'Dial in, please, then wait;\nTap: +1 646 876 9923 ;;98765432#*123456#\nOr +44 20 7123 4567,,*55512345#';
    expect(findDialStrings(text).map((d) => [d.meetingId, d.credentials])).toEqual([
      ['98765432', ['123456']],
      ['55512345', []],
    ]);
    // More than eight pauses in a row do not make a dial string.
    expect(findDialStrings('+16468769923,,,,,,,,,98765432#')).toEqual([]);
  });
});
