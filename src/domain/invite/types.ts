// The engine's input and intermediate shapes. Pure data, no SDK types.

/** One invite as a caller hands it to the engine (a JSONL record, a pasted body, a mapped Graph event). */
export interface InviteInput {
  id?: string;
  subject?: string;
  /** The invite body: HTML, plain text, or a whole iCalendar file. */
  body: string;
  /** How `body` is written; sniffed when absent. */
  format?: 'html' | 'text';
  /** The event's location line (often a join link). */
  location?: string;
  /** Join links carried outside the body (Graph `onlineMeeting.joinUrl`, iCalendar `URL`). */
  extraUrls?: string[];
}

/** A link found in the invite: its target (unwrapped from Safe Links and redirectors) and its visible label. */
export interface Link {
  url: string;
  label: string;
}

/** An invite reduced to what the detectors read: plain text lines and the links. */
export interface NormalisedInvite {
  subject: string;
  /** Visible text with link targets masked out (so URL parameters never read as labelled values). */
  text: string;
  links: Link[];
}
