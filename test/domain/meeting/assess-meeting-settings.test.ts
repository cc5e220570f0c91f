import { describe, expect, it } from 'vitest';
import { assessMeetingSettings } from '../../../src/domain/meeting/assess-meeting-settings.js';
import { DEFAULT_ANALYSIS_POLICY, lobbyState } from '../../../src/domain/meeting/policy.js';

const rules = (findings: { rule: string; severity: string }[]) => findings.map((f) => `${f.rule}:${f.severity}`);

describe('lobbyState', () => {
  it('follows the policy: closed, weak with externals, open', () => {
    expect(lobbyState('everyone', false)).toBe('open');
    expect(lobbyState('organizer', true)).toBe('closed');
    expect(lobbyState('invited', true)).toBe('closed');
    expect(lobbyState('organizationExcludingGuests', true)).toBe('closed');
    expect(lobbyState('organization', true)).toBe('weak');
    expect(lobbyState('organizationAndFederated', undefined)).toBe('weak');
    expect(lobbyState('organizationAndFederated', false)).toBe('closed');
    expect(lobbyState('unknownFutureValue', true)).toBe('unknown');
    expect(lobbyState(undefined, true)).toBe('unknown');
  });

  it('lets a policy count another scope as closed', () => {
    const policy = { ...DEFAULT_ANALYSIS_POLICY, closedLobbyScopes: ['organization' as const] };
    expect(lobbyState('organization', true, policy)).toBe('closed');
  });
});

describe('assessMeetingSettings', () => {
  it('flags an open lobby, critical when a credential is written', () => {
    expect(rules(assessMeetingSettings({ lobbyBypassSettings: { scope: 'everyone' } }))).toEqual(['lobby-open:high']);
    expect(
      rules(assessMeetingSettings({ lobbyBypassSettings: { scope: 'everyone' } }, { credentialWritten: true })),
    ).toEqual(['lobby-open:critical']);
  });

  it('flags dial-in bypass, presenters = everyone with externals and automatic recording', () => {
    const findings = assessMeetingSettings(
      {
        lobbyBypassSettings: { scope: 'invited', isDialInBypassEnabled: true },
        allowedPresenters: 'everyone',
        recordAutomatically: true,
      },
      { externalAttendees: true },
    );
    expect(rules(findings)).toEqual([
      'lobby-dial-in-bypass:high',
      'presenters-everyone:medium',
      'recording-automatic:medium',
    ]);
    for (const f of findings) {
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.guidance.length).toBeGreaterThan(10);
    }
  });

  it('is silent on a well-configured internal meeting', () => {
    expect(
      assessMeetingSettings(
        {
          lobbyBypassSettings: { scope: 'organization', isDialInBypassEnabled: false },
          allowedPresenters: 'everyone',
          recordAutomatically: false,
        },
        { externalAttendees: false },
      ),
    ).toEqual([]);
  });
});
