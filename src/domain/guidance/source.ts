// The one document every answer comes from.
export const NCSC_GUIDANCE = {
  title: 'Video conferencing services: security guidance for organisations',
  url: 'https://www.ncsc.gov.uk/guidance/video-conferencing-services-security-guidance-organisations',
} as const;

/** The source of a topic: the guidance plus the section it summarises. */
export const fromSection = (section: string) => ({ ...NCSC_GUIDANCE, section });
