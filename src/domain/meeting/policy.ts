// The judgement knobs shared by invite analysis and meeting-settings checks. The policy-file loader
// (someone else's module) maps POLICY_FILE into this shape; the built-in defaults apply without one.
import type { Provider, Severity } from '../findings.js';

/** Teams `lobbyBypassSettings.scope` values (facts/graph.md §3). */
export type LobbyScope =
  | 'organizer'
  | 'organization'
  | 'organizationAndFederated'
  | 'everyone'
  | 'invited'
  | 'organizationExcludingGuests'
  | 'unknownFutureValue';

export interface AnalysisPolicy {
  /** Attendees outside these e-mail domains are external. Empty: the organiser's domain is internal. */
  internalDomains: readonly string[];
  /** Join links of other providers → `unapproved-provider`. Undefined: every provider is approved. */
  approvedProviders?: readonly Provider[];
  /** Lobby scopes that keep everyone but the named people waiting. */
  closedLobbyScopes: readonly LobbyScope[];
  /** Scopes that let guests or federated users skip the lobby: weaker when externals are invited. */
  weakLobbyScopesWithExternals: readonly LobbyScope[];
  /** Attendee count from which a written credential counts as widely shared. */
  largeAudience: number;
  /** Per-rule severity overrides (applied last). */
  severityOverrides?: Partial<Record<string, Severity>>;
}

export const DEFAULT_ANALYSIS_POLICY: AnalysisPolicy = Object.freeze<AnalysisPolicy>({
  internalDomains: [],
  approvedProviders: undefined,
  closedLobbyScopes: ['organizer', 'invited', 'organizationExcludingGuests'],
  weakLobbyScopesWithExternals: ['organization', 'organizationAndFederated'],
  largeAudience: 40,
});

export type LobbyState = 'closed' | 'weak' | 'open' | 'unknown';

/** How well the lobby holds back people who should not walk in, given who is invited. */
export function lobbyState(
  scope: string | undefined,
  externalAttendees: boolean | undefined,
  policy: AnalysisPolicy = DEFAULT_ANALYSIS_POLICY,
): LobbyState {
  if (!scope || scope === 'unknownFutureValue') return 'unknown';
  if (scope === 'everyone') return 'open';
  if ((policy.closedLobbyScopes as readonly string[]).includes(scope)) return 'closed';
  if ((policy.weakLobbyScopesWithExternals as readonly string[]).includes(scope)) {
    return externalAttendees === false ? 'closed' : 'weak';
  }
  return 'unknown';
}
