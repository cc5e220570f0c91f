// Which knowledge-base topic explains each finding rule (the "why" button of a warning).
import type { RuleId } from '../findings.js';

const RULE_TOPICS: Readonly<Record<RuleId, string>> = {
  'passcode-in-body': 'sharing-passwords',
  'passcode-in-subject': 'sharing-passwords',
  'passcode-in-join-url': 'sharing-passwords',
  'passcode-in-dial-string': 'sharing-passwords',
  'lobby-open': 'lobby-and-passcodes',
  'lobby-dial-in-bypass': 'lobby-and-passcodes',
  'presenters-everyone': 'screen-sharing-and-presenters',
  'recording-automatic': 'recordings-and-stored-data',
  'external-attendees': 'who-is-on-the-call',
  'unapproved-provider': 'existing-services',
  'event-not-private': 'sharing-passwords',
};

/** The topic id that explains a finding rule. */
export const topicForRule = (rule: RuleId): string => RULE_TOPICS[rule];
