// Shapes of what Graph POSTs (facts/graph.md §1 "Notification payload", "Lifecycle notifications"). Extra fields
// are allowed (Graph adds some); what we use is checked. Strings are bounded: the body is untrusted until the
// clientState matches.
import { z } from 'zod';

const id = z.string().min(1).max(512);

export const changeNotificationSchema = z.object({
  subscriptionId: id,
  clientState: z.string().max(255).optional(),
  changeType: z.enum(['created', 'updated', 'deleted']),
  resource: z.string().min(1).max(2048),
  resourceData: z
    .object({ id: id.optional(), '@odata.type': z.string().max(200).optional() })
    .loose()
    .optional(),
  subscriptionExpirationDateTime: z.string().max(64).optional(),
  tenantId: z.string().max(64).optional(),
});

export const changeCollectionSchema = z.object({ value: z.array(changeNotificationSchema).min(1).max(1000) });

export const lifecycleNotificationSchema = z.object({
  subscriptionId: id,
  clientState: z.string().max(255).optional(),
  lifecycleEvent: z.enum(['subscriptionRemoved', 'reauthorizationRequired', 'missed']),
  subscriptionExpirationDateTime: z.string().max(64).optional(),
  tenantId: z.string().max(64).optional(),
});

export const lifecycleCollectionSchema = z.object({ value: z.array(lifecycleNotificationSchema).min(1).max(1000) });

export type ChangeNotification = z.infer<typeof changeNotificationSchema>;
export type LifecycleNotification = z.infer<typeof lifecycleNotificationSchema>;

/**
 * The event id of a notification: resourceData.id, else the last segment of `Users/{id}/Events/{id}` (Graph writes
 * it capitalised; docs also show `users/{id}@{tenant}/events/{id}`), matched case-insensitively.
 */
export function eventIdOf(n: ChangeNotification): string | undefined {
  if (n.resourceData?.id) return n.resourceData.id;
  const m = /^\/?users\/[^/]+\/events\/([^/?]+)$/i.exec(n.resource);
  if (!m?.[1]) return undefined;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
}

/** A short reason for a 400, naming the first bad field (never echoing values). */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid body';
}
