// Who can read an invite and what the meeting lets in: the facts that turn "a passcode is present" into
// "a passcode is exposed". Everything is optional; unknown facts rate in the middle.
import type { OnlineMeetingSettings } from '../meeting/settings.js';

export interface ExposureContext {
  /** Attendees outside the internal domains are invited. Undefined: unknown. */
  externalAttendees?: boolean;
  /** External attendees' e-mail domains (shown in messages; never credentials). */
  externalDomains?: readonly string[];
  attendeeCount?: number;
  /** A distribution list or group is among the attendees (the invite reaches unknown readers). */
  distributionLists?: boolean;
  /** Graph `sensitivity` / iCalendar CLASS mapped: private and confidential hide details from shared calendars. */
  sensitivity?: 'normal' | 'personal' | 'private' | 'confidential';
  /** Teams meeting settings, when looked up. */
  meeting?: OnlineMeetingSettings;
}
