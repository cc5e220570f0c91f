// Teams online-meeting settings → findings (DESIGN.md §4). Other providers' settings are invisible to
// Graph; the invite analysis says so through `unapproved-provider` guidance rather than guessing.
import type { Finding, Severity } from '../findings.js';
import { findingOf } from '../invite/finding-texts.js';
import { type AnalysisPolicy, DEFAULT_ANALYSIS_POLICY, lobbyState } from './policy.js';
import type { OnlineMeetingSettings } from './settings.js';

export interface MeetingFacts {
  /** Undefined: unknown. */
  externalAttendees?: boolean;
  /** A join credential is written into the invite. */
  credentialWritten?: boolean;
}

export function assessMeetingSettings(
  settings: OnlineMeetingSettings,
  facts: MeetingFacts = {},
  policy: AnalysisPolicy = DEFAULT_ANALYSIS_POLICY,
): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: Finding['rule'], severity: Severity, message: string, evidence: string): void => {
    findings.push(findingOf(policy, rule, severity, message, evidence));
  };
  const externals = facts.externalAttendees;
  const scope = settings.lobbyBypassSettings?.scope ?? undefined;
  const lobby = lobbyState(scope, externals, policy);

  if (lobby === 'open') {
    add(
      'lobby-open',
      facts.credentialWritten || externals === true ? 'critical' : 'high',
      'Anyone with the link joins this meeting without waiting in the lobby.',
      `lobbyBypassSettings.scope: ${scope}`,
    );
  } else if (lobby === 'weak') {
    add(
      'lobby-open',
      'medium',
      'Guests or people from federated organisations skip the lobby of this meeting while external attendees are invited.',
      `lobbyBypassSettings.scope: ${scope}`,
    );
  }
  if (settings.lobbyBypassSettings?.isDialInBypassEnabled === true) {
    add(
      'lobby-dial-in-bypass',
      facts.credentialWritten ? 'critical' : externals === true ? 'high' : 'medium',
      'People who dial in by phone bypass the lobby of this meeting.',
      'lobbyBypassSettings.isDialInBypassEnabled: true',
    );
  }
  if (settings.allowedPresenters === 'everyone' && externals !== false) {
    add(
      'presenters-everyone',
      externals === true ? 'medium' : 'low',
      'Everyone who joins, external attendees included, can present in this meeting.',
      'allowedPresenters: everyone',
    );
  }
  if (settings.recordAutomatically === true) {
    add(
      'recording-automatic',
      externals === true ? 'medium' : 'low',
      'This meeting starts recording automatically.',
      'recordAutomatically: true',
    );
  }
  return findings;
}
