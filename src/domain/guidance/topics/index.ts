// Every topic of the knowledge base, in the order of the guidance.
import type { TopicInput } from '../schema.js';
import { aboutTheGuidanceTopics } from './about-the-guidance.js';
import { appsAndDevicesTopics } from './apps-and-devices.js';
import { choosingAServiceTopics } from './choosing-a-service.js';
import { configuringTheServiceTopics } from './configuring-the-service.js';
import { helpingStaffTopics } from './helping-staff.js';
import { organisingMeetingsTopics } from './organising-meetings.js';

export const TOPIC_INPUTS: readonly TopicInput[] = [
  ...aboutTheGuidanceTopics,
  ...choosingAServiceTopics,
  ...configuringTheServiceTopics,
  ...appsAndDevicesTopics,
  ...helpingStaffTopics,
  ...organisingMeetingsTopics,
];
