import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/domain/invite/html-to-text.js';
import { parseICalendar } from '../../../src/domain/invite/icalendar.js';
import { normaliseInvite } from '../../../src/domain/invite/normalise.js';
import { extractTextLinks } from '../../../src/domain/invite/text-links.js';
import { unwrapUrl } from '../../../src/domain/invite/unwrap-url.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/invites/${name}`, import.meta.url), 'utf8');

describe('htmlToText', () => {
  it('decodes entities, breaks lines at blocks and <br>, drops head/style/script', () => {
    const { text } = htmlToText(
      '<html><head><title>T</title><style>p{x:1}</style></head><body><p>Caf&eacute; &amp; co</p><div>a<br>b</div><script>var pin=1</script></body></html>',
    );
    expect(text.split('\n').filter(Boolean)).toEqual(['Café & co', 'a', 'b']);
  });

  it('keeps link targets with their labels and decodes &amp; inside href', () => {
    const { links } = htmlToText('<p><a href="https://x.zoom.us/j/1?pwd=ab&amp;from=addon">Join <b>now</b></a></p>');
    expect(links).toEqual([{ url: 'https://x.zoom.us/j/1?pwd=ab&from=addon', label: 'Join now' }]);
  });

  it('keeps line breaks inside white-space:pre-wrap blocks', () => {
    const { text } = htmlToText('<div style="white-space:pre-wrap">line one\nline two</div><p>after</p>');
    expect(text.split('\n').filter(Boolean)).toEqual(['line one', 'line two', 'after']);
  });
});

describe('unwrapUrl', () => {
  it('unwraps Outlook Safe Links and Google redirects', () => {
    expect(
      unwrapUrl(
        'https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fus02web.zoom.us%2Fj%2F8123%3Fpwd%3DabC.1&data=05%7C02&sdata=xyz&reserved=0',
      ),
    ).toBe('https://us02web.zoom.us/j/8123?pwd=abC.1');
    expect(unwrapUrl('https://www.google.com/url?q=https%3A%2F%2Ftel.meet%2Fabc-defg-hij%3Fpin%3D123&sa=D')).toBe(
      'https://tel.meet/abc-defg-hij?pin=123',
    );
    expect(unwrapUrl('https://example.com/a?url=https://b')).toBe('https://example.com/a?url=https://b');
  });

  it('unwraps Proofpoint URL Defense v2 (`-XX` escapes, `_` for `/`) and v1 links', () => {
    expect(
      unwrapUrl(
        'https://urldefense.proofpoint.com/v2/url?u=https-3A__acme-2Dlaw.zoom.us_j_97730218854-3Fpwd-3DcG9KdUx.1&d=DwMFaQ&c=eu&e=',
      ),
    ).toBe('https://acme-law.zoom.us/j/97730218854?pwd=cG9KdUx.1');
    expect(
      unwrapUrl('https://urldefense.proofpoint.com/v1/url?u=https%3A%2F%2Fzoom.us%2Fj%2F812%3Fpwd%3DAb1&k=x'),
    ).toBe('https://zoom.us/j/812?pwd=Ab1');
  });
});

describe('extractTextLinks', () => {
  it('reads the schemes http, https, tel and mailto in any case, only as whole words', () => {
    const urls = (text: string) => extractTextLinks(text).links.map((l) => l.url);
    expect(urls('Join: HTTPS://zoom.us/j/123456789 or Http://example.com/a')).toEqual([
      'HTTPS://zoom.us/j/123456789',
      'Http://example.com/a',
    ]);
    expect(urls('Call TEL:+442034815240 or write MailTo:ops@example.com, see https://x.example/a')).toEqual([
      'TEL:+442034815240',
      'MailTo:ops@example.com',
      'https://x.example/a',
    ]);
    expect(urls('xhttps://zoom.us/j/1 hotel:+4420 https:/zoom.us/j/2 http:zoom /')).toEqual([]);
    // The meeting apps' own links, written out in plain text.
    expect(
      urls(
        'App: zoommtg://zoom.us/join?confno=81234567890&pwd=Ab12 or msteams:/l/meetup-join/19%3ameeting_x msteams:x',
      ),
    ).toEqual(['zoommtg://zoom.us/join?confno=81234567890&pwd=Ab12', 'msteams:/l/meetup-join/19%3ameeting_x']);
  });

  it('reads Outlook text-mode label<url> and masks the link', () => {
    const { text, links } = extractTextLinks('Join the meeting now<https://teams.microsoft.com/meet/123?p=Tok>\nNext');
    expect(links).toEqual([{ url: 'https://teams.microsoft.com/meet/123?p=Tok', label: 'Join the meeting now' }]);
    expect(text).toBe('Join the meeting now[link]\nNext');
  });

  it('joins a URL broken by a hard wrap after ? or before a parameter', () => {
    const { links } = extractTextLinks(
      'Join Zoom Meeting\nhttps://zoom.us/j/912345678?\npwd=Q1w2E3r4T5y6\n\nMeeting ID: 912',
    );
    expect(links[0]?.url).toBe('https://zoom.us/j/912345678?pwd=Q1w2E3r4T5y6');
  });

  it('joins a URL hard-wrapped inside quoted mail, without the quote marks', () => {
    const { links } = extractTextLinks(
      '> Zoom link:\n>\n> https://zoom.us/j/912345678?pw\n> d=Q1w2E3r4T5y6.1\n>\n> Bye',
    );
    expect(links.map((l) => l.url)).toEqual(['https://zoom.us/j/912345678?pwd=Q1w2E3r4T5y6.1']);
    // An unquoted URL does not take a quoted line, nor a quoted URL a line of prose.
    expect(extractTextLinks('https://zoom.us/j/912345678?\n> pwd=Q1').links[0]?.url).toBe(
      'https://zoom.us/j/912345678',
    );
    expect(extractTextLinks('> https://zoom.us/j/912345678\n> See you').links[0]?.url).toBe(
      'https://zoom.us/j/912345678',
    );
  });

  it('does not join a following line of prose', () => {
    const { links } = extractTextLinks('https://meet.jit.si/QuietRiver\nSee you there');
    expect(links[0]?.url).toBe('https://meet.jit.si/QuietRiver');
  });

  it('finds bare domains with a path and strips sentence punctuation', () => {
    const { links } = extractTextLinks('Use whereby.com/team-room. Or (https://zoom.us/j/555666777).');
    expect(links.map((l) => l.url)).toEqual(['https://whereby.com/team-room', 'https://zoom.us/j/555666777']);
  });
});

describe('parseICalendar', () => {
  it('unfolds lines, unescapes text, reads several VEVENTs and ignores VALARM descriptions', () => {
    const events = parseICalendar(fixture('webex-ja.ics'));
    expect(events).toHaveLength(2);
    expect(events[0]?.description).toContain(
      'https://example-jp.webex.com/example-jp/j.php?MTID=m0f1e2d3c4b5a697887766554433221100',
    );
    expect(events[0]?.description).not.toContain('ALARM12');
    expect(events[0]?.attendees).toHaveLength(2);
    expect(events[1]?.classification).toBe('PRIVATE');
    expect(events[1]?.location).toBe('Room 2.14');
  });

  it('falls back to a lenient reader for damaged files', () => {
    const events = parseICalendar(
      'BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Broken\\, still read\nDESCRIPTION:Pass\n code: Zx81kQ\nEND:VEVENT\nGARBAGE',
    );
    expect(events[0]?.summary).toBe('Broken, still read');
    expect(events[0]?.description).toBe('Passcode: Zx81kQ');
  });
});

describe('normaliseInvite', () => {
  it('reads an iCalendar body given as text (a pasted .ics)', () => {
    const invite = normaliseInvite({ body: fixture('webex-ja.ics'), format: 'text' });
    expect(invite.text).toContain('ミーティングパスワード');
    expect(invite.subject).toContain('定例ミーティング');
  });

  it('sniffs HTML when no format is given and adds extra URLs as links', () => {
    const invite = normaliseInvite({
      body: '<div>Hi<br>there</div>',
      extraUrls: ['https://teams.microsoft.com/meet/1?p=x'],
    });
    expect(invite.text).toBe('Hi\nthere');
    expect(invite.links.map((l) => l.url)).toEqual(['https://teams.microsoft.com/meet/1?p=x']);
  });
});
