// The shape of the guidance knowledge base, validated with zod when the index is built and in tests.
import { z } from 'zod';

export const AUDIENCES = ['staff', 'organiser', 'admin'] as const;
export type Audience = (typeof AUDIENCES)[number];

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Rough sentence count: terminal punctuation followed by a space and a capital, or the end. */
export const countSentences = (text: string): number => text.split(/(?<=[.!?])\s+(?=[A-Z"'(])/).filter(Boolean).length;

export const sourceSchema = z.object({
  title: z.string().min(1),
  url: z.url(),
  section: z.string().min(1),
});

export const topicSchema = z
  .object({
    id: z.string().regex(kebabCase, 'topic id must be kebab-case'),
    title: z.string().min(5).max(90),
    audiences: z.array(z.enum(AUDIENCES)).min(1),
    /** 2–4 plain-text sentences in our own words, faithful to the guidance. */
    answer: z
      .string()
      .min(40)
      .refine((t) => !/[<>*_`#]/.test(t), 'answer must be plain text')
      .refine((t) => {
        const n = countSentences(t);
        return n >= 2 && n <= 4;
      }, 'answer must have 2 to 4 sentences'),
    /** Product-specific how-tos, each starting "In <product>:" so readers see they are not NCSC text. */
    productTips: z
      .array(z.string().regex(/^In [A-Z][\w ]+( and [A-Z][\w ]+)?: /, 'tip must start "In <Product>: "'))
      .default([]),
    checklist: z.array(z.string().min(5)).min(3).max(8),
    keywords: z.array(z.string().min(2)).min(5),
    synonyms: z.array(z.string().min(2)).default([]),
    examples: z.array(z.string().min(8)).min(4),
    source: sourceSchema,
  })
  .strict();

export type TopicInput = z.input<typeof topicSchema>;
export type Topic = z.output<typeof topicSchema>;

export const knowledgeBaseSchema = z
  .array(topicSchema)
  .min(1)
  .superRefine((topics, ctx) => {
    const seen = new Set<string>();
    for (const t of topics) {
      if (seen.has(t.id)) ctx.addIssue({ code: 'custom', message: `duplicate topic id '${t.id}'` });
      seen.add(t.id);
    }
  });

export const audienceChecklistsSchema = z.object({
  staff: z.array(z.string().min(5)).min(3),
  organiser: z.array(z.string().min(5)).min(3),
  admin: z.array(z.string().min(5)).min(3),
});
