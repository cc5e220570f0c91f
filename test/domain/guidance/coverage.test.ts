// Every recommendation of the NCSC guidance, quoted briefly, and the topic that carries it.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGuidance } from '../../../src/domain/guidance/index.js';

const GUIDANCE_FILE = new URL('../../../../shared/guidance/ncsc-video-conferencing-guidance.txt', import.meta.url);

/** [phrase of the guidance, topic id, a phrase the topic's text must contain]. */
const RECOMMENDATIONS: ReadonlyArray<readonly [string, string, string]> = [
  ['video conferencing services for personal use at home', 'about-this-guidance', 'individuals and families'],
  [
    'find out if a video conferencing service is included in your existing business software',
    'existing-services',
    'existing business software',
  ],
  ['you should re-examine these', 'existing-services', 're-examine'],
  ['staff will be familiar with administering and using the service', 'existing-services', 'familiar'],
  ['existing (well-configured) authentication provider', 'existing-services', 'authentication provider'],
  ['existing audit and monitoring capabilities', 'existing-services', 'audit and monitoring'],
  ['compliance with data handling legislation', 'existing-services', 'data handling legislation'],
  ['perform a security risk assessment across a shortlist of providers', 'assessing-new-services', 'shortlist'],
  [
    'requesting copies of any independent assessments or audits',
    'assessing-new-services',
    'independent assessments or audits',
  ],
  ["provider's terms and conditions (and privacy statement)", 'assessing-new-services', 'privacy statement'],
  ['how the provider implements basic security controls', 'assessing-new-services', 'basic security controls'],
  ['follow the NCSC', 'cloud-security-principles', 'Cloud Security Principles'],
  ['such as handling OFFICIAL data', 'cloud-security-principles', 'OFFICIAL'],
  ['publish a response to the principles', 'cloud-security-principles', 'publish a response'],
  ['enhanced security, configuration and privacy features', 'paid-features', 'enhanced security'],
  ['end-to-end encryption', 'encryption', 'end-to-end encryption'],
  ['implemented server-side', 'encryption', 'server-side'],
  ['you still have to be able to trust them', 'encryption', 'trust'],
  [
    'know where your data is, who can access it and under what circumstances',
    'data-location',
    'under what circumstances',
  ],
  ['Physical location and legal jurisdiction', 'data-location', 'Physical location and legal jurisdiction'],
  ['set company-wide defaults and controls where possible', 'organisation-defaults', 'company-wide defaults'],
  ['which settings to enforce, and which to set as a default', 'organisation-defaults', 'enforce'],
  ['balance user needs with security', 'organisation-defaults', 'balance user needs with security'],
  ['implementing single sign-on where possible', 'single-sign-on', 'single sign-on'],
  ['inherit the same identity protections', 'single-sign-on', 'inherits the same identity protections'],
  ["in line with [NCSC's password guidance]", 'passwords-and-mfa', 'password guidance'],
  ['multi-factor authentication', 'passwords-and-mfa', 'multi-factor authentication'],
  ['least privilege', 'privileged-accounts', 'least privilege'],
  ['role-based access control (RBAC)', 'privileged-accounts', 'role-based access control'],
  [
    'guests that were specifically invited to the meeting) are allowed straight into a meeting',
    'lobby-and-passcodes',
    'straight into the meeting',
  ],
  ['unauthenticated users should be required to enter a passcode', 'lobby-and-passcodes', 'passcode'],
  ['held in a waiting area', 'lobby-and-passcodes', 'lobby'],
  ['verified by a trusted participant', 'lobby-and-passcodes', 'trusted participant'],
  ["not in a user's contacts list", 'unscheduled-calls', 'contacts list'],
  [
    'block calls from unidentified and/or unauthenticated users',
    'unscheduled-calls',
    'unidentified and/or unauthenticated',
  ],
  ['whether you trust the service enough to protect the extra data', 'in-meeting-features', 'extra data'],
  ["'opt-in' for each meeting", 'in-meeting-features', 'opt-in'],
  ['remote control of another participant', 'in-meeting-features', 'remote control'],
  [
    'Ensure you know where this data is stored, and who can access it',
    'recordings-and-stored-data',
    'who can access it',
  ],
  [
    'configure the video conferencing service consistently across all platforms',
    'consistent-platforms',
    'consistently across all the platforms',
  ],
  ["'join audio-only' via a phone call", 'consistent-platforms', 'audio-only'],
  ['configured as described in the', 'consistent-platforms', 'devices guidance'],
  [
    "constrain the app's access to contact lists, location data, documents and photos",
    'app-permissions',
    'contact lists, location data, documents and photos',
  ],
  [
    "installed from a device's app store, or distributed using enterprise management tools",
    'installing-apps',
    'enterprise management tools',
  ],
  ['Disable any prompts that encourage users to download an app', 'installing-apps', 'Disable any prompts'],
  ['phishing', 'installing-apps', 'phishing'],
  ['third-party apps guidance', 'installing-apps', 'third-party apps guidance'],
  ['consider allowing an exception for your trusted video conferencing service', 'vpn-exception', 'exception'],
  ['enforces mutual authentication', 'vpn-exception', 'mutual authentication'],
  ['video conferencing room equipment', 'room-equipment', 'room equipment'],
  ['different support/patching processes', 'room-equipment', 'patching'],
  ['those services can be accessed via the web browser', 'other-organisations-services', 'web browser'],
  ['avoiding installing extra apps for those services', 'other-organisations-services', 'extra apps'],
  ['Provide clear user guidance that explains how to use them securely', 'staff-user-guidance', 'clear user guidance'],
  ['check that the service works as described', 'staff-user-guidance', 'works as described'],
  [
    'test that the video conferencing service is working before using it for real meetings',
    'preparing-for-calls',
    'real meeting',
  ],
  ['how to mute the microphone and turn off the camera', 'preparing-for-calls', 'mute your microphone'],
  ['as if it is as sensitive as the **meeting itself**', 'join-details', 'as sensitive as the meeting itself'],
  ['blurring their background or using a background image', 'camera-and-background', 'background image'],
  ['how to check when their webcam is active', 'camera-and-background', 'webcam is active'],
  ['slide a physical shutter across the lens, or unplug the camera', 'camera-and-background', 'shutter'],
  ['how the service indicates when the meeting or call is being recorded', 'recording-indicator', 'being recorded'],
  ['hold a test meeting to familiarise themselves with controls', 'host-test-meeting', 'test meeting'],
  [
    'approving participants in the lobby, removing participants from the call and muting individuals',
    'host-test-meeting',
    'muting individuals',
  ],
  [
    'whether these should be constrained to a subset of participants',
    'screen-sharing-and-presenters',
    'subset of participants',
  ],
  ['should only share that password with participants', 'sharing-passwords', 'only with the participants'],
  ['rather than including it within a calendar appointment', 'sharing-passwords', 'calendar appointment'],
  [
    'verifying the identity of all participants on the call',
    'who-is-on-the-call',
    'verifying the identity of all participants',
  ],
  ['appropriately approving participants being held in the lobby', 'who-is-on-the-call', 'lobby'],
  [
    'removing participants that have not been successfully identified',
    'who-is-on-the-call',
    'not been successfully identified',
  ],
];

describe('coverage of the guidance', () => {
  const guidance = createGuidance();

  it.each(RECOMMENDATIONS.map((r) => [r[1], r[2], r[0]] as const))('%s says "%s"', (id, phrase) => {
    const topic = guidance.topic(id);
    expect(topic, `topic ${id}`).toBeDefined();
    const text = [topic!.answer, ...topic!.checklist].join(' ').toLowerCase();
    expect(text).toContain(phrase.toLowerCase());
  });

  it.skipIf(!existsSync(GUIDANCE_FILE))('quotes phrases that really are in the guidance', () => {
    const text = readFileSync(GUIDANCE_FILE, 'utf8').replace(/\s+/g, ' ').toLowerCase();
    for (const [quote] of RECOMMENDATIONS) expect(text, quote).toContain(quote.replace(/\s+/g, ' ').toLowerCase());
  });

  it('gives every topic at least one recommendation', () => {
    const covered = new Set(RECOMMENDATIONS.map((r) => r[1]));
    for (const t of guidance.topics) expect(covered, t.id).toContain(t.id);
  });
});
