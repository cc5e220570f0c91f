// Ports between the Microsoft Graph adapter (protocol) and the warnings use case (what to say to whom).
// The Graph adapter turns subscriptions, notifications and delta into "this event may have changed" and answers
// lookups; the warnings use case never sees HTTP.

/** Teams meeting settings, as Graph's onlineMeeting resource gives them (only the fields we judge). */
export interface OnlineMeetingSettings {
  id: string;
  joinWebUrl?: string;
  lobbyBypassSettings?: { scope?: string; isDialInBypassEnabled?: boolean };
  allowedPresenters?: string;
  recordAutomatically?: boolean;
  allowAttendeeToEnableCamera?: boolean;
  isEntryExitAnnounced?: boolean;
}

export type Lookup<T> =
  | { status: 'found'; value: T }
  | { status: 'not-found' }
  | { status: 'forbidden'; detail?: string };

export interface DirectoryUser {
  id: string;
  mail?: string;
  userPrincipalName?: string;
  displayName?: string;
}

/** Read (and, when permitted, fix) calendars through Graph. */
export interface CalendarPort {
  /** The event as Graph returns it (raw JSON; the invite engine validates it). */
  getEvent(userId: string, eventId: string): Promise<Lookup<unknown>>;
  findOnlineMeeting(organizerId: string, joinUrl: string): Promise<Lookup<OnlineMeetingSettings>>;
  /** PATCH lobbyBypassSettings.scope; 'forbidden' when the deployment lacks OnlineMeetings.ReadWrite.All. */
  setLobbyScope(organizerId: string, meetingId: string, scope: string): Promise<Lookup<OnlineMeetingSettings>>;
  getUser(userIdOrUpn: string): Promise<Lookup<DirectoryUser>>;
}

/** One change to review. From a notification only ids are known; from delta the event itself comes along. */
export interface EventChange {
  userId: string;
  eventId: string;
  changeType: 'created' | 'updated' | 'deleted' | 'reconciled';
  /** The event when already fetched (delta); otherwise the reviewer fetches it. */
  event?: unknown;
}

/** Where the Graph adapter hands changes (after coalescing). Implemented by the warnings use case. */
export interface EventReviewer {
  review(change: EventChange): Promise<void>;
}
