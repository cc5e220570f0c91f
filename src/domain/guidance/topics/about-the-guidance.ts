// The guidance itself: whom it is for (organisations; individuals and families have their own) and when it was published.
import type { TopicInput } from '../schema.js';
import { fromSection } from '../source.js';

export const aboutTheGuidanceTopics: TopicInput[] = [
  {
    id: 'about-this-guidance',
    title: 'About this guidance: who it is for and when it was published',
    audiences: ['staff', 'organiser', 'admin'],
    answer:
      'This guidance is written for organisations that use video conferencing services at work, and for the staff who use them. ' +
      'For video calls for personal use at home, with family and friends, the NCSC publishes separate guidance for individuals and families. ' +
      'The guidance was published on 21 April 2020 (version 1.0) and last reviewed on 21 April 2020.',
    checklist: [
      'Use this guidance for the services your organisation uses at work',
      'For personal use at home, see the NCSC guidance for individuals and families',
      'Published 21 April 2020, reviewed 21 April 2020 (version 1.0)',
    ],
    keywords: ['published', 'reviewed', 'version', 'individuals and families', 'personal use', 'at home', 'family'],
    synonyms: [
      'when was it published',
      'when was it written',
      'how old is the guidance',
      'is it up to date',
      'last updated',
      'publication date',
      'family video calls',
      'my family',
      'calls with relatives',
      'personal calls',
      'home use',
      'meant for',
      'does it apply to',
      'something else for that',
      'scope of the guidance',
    ],
    examples: [
      'when was the NCSC video conferencing guidance published?',
      'is this guidance also for video calls with my family at home?',
      'who is the NCSC video conferencing guidance written for?',
      'has the guidance been reviewed or updated since it came out?',
      'is there separate advice for personal video calls?',
    ],
    source: fromSection('Note and publication details'),
  },
];
