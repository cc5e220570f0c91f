// Any invite input → one NormalisedInvite: visible text (links masked) plus every link, unwrapped.
import { htmlToText } from './html-to-text.js';
import { looksLikeICalendar, parseICalendar } from './icalendar.js';
import { extractTextLinks } from './text-links.js';
import type { InviteInput, Link, NormalisedInvite } from './types.js';
import { unwrapUrl } from './unwrap-url.js';

const HTML_TAG = /<(?:html|body|div|p|br|span|table|tr|td|a|meta|font|b|strong|ul|li|!doctype|o:p)[\s>/]/i;

export const looksLikeHtml = (text: string): boolean => HTML_TAG.test(text);

export function normaliseInvite(input: InviteInput): NormalisedInvite {
  const texts: string[] = [];
  const links: Link[] = [];
  const subjects: string[] = input.subject ? [input.subject] : [];

  const addText = (text: string): void => {
    const found = extractTextLinks(withoutInvisibles(text));
    texts.push(found.text);
    for (const link of found.links) links.push(link);
  };
  const addHtml = (html: string): void => {
    const { text, links: anchors } = htmlToText(html);
    for (const link of anchors) links.push({ url: unwrapUrl(link.url), label: link.label });
    addText(text);
  };
  const addUrl = (url: string | undefined): void => {
    if (url?.trim()) links.push({ url: unwrapUrl(url.trim()), label: '' });
  };

  const body = input.body ?? '';
  // A body declared HTML (a Graph event's contentType, a record's format) is not sniffed for iCalendar.
  if (input.format !== 'html' && looksLikeICalendar(body)) {
    for (const event of parseICalendar(body)) {
      if (event.summary && !subjects.includes(event.summary)) subjects.push(event.summary);
      if (event.description) addText(event.description);
      else if (event.altDescriptionHtml) addHtml(event.altDescriptionHtml);
      if (event.location) addText(event.location);
      addUrl(event.url);
      addUrl(event.teamsUrl);
    }
  } else if (input.format === 'html' || (input.format === undefined && looksLikeHtml(body))) addHtml(body);
  else addText(body);

  if (input.location) addText(input.location);
  for (const url of input.extraUrls ?? []) addUrl(url);
  return { subject: withoutInvisibles(subjects.join('\n')), text: texts.join('\n\n'), links };
}

// Direction marks, zero-width spaces and joiners: Google Calendar wraps phone numbers and PINs in bidi
// embeddings ("PIN: \u202a774 505 548\u202c#"), and a zero-width space can split a label or a value.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const INVISIBLES = new RegExp(INVISIBLE.source, 'g');

/** The text without invisible format characters. */
export const withoutInvisibles = (text: string): string => (INVISIBLE.test(text) ? text.replace(INVISIBLES, '') : text);
