// Sends one message to an organiser on every channel the policy names and where they are reachable: Teams by
// aadObjectId (= Graph user id), Slack by e-mail. Every send goes through deliverOnce with a key per (what, channel),
// so a retry after a crash or a repeated notification never sends twice.
import type { SqlStore } from '../../adapters/store/sql-store.js';
import type { BotMessage } from '../../domain/message.js';
import type { Policy } from '../../domain/policy/schema.js';
import type { SlackNotifierPort } from '../../integrations.js';
import type { Logger } from '../../observability/logger.js';
import type { Metrics } from '../../observability/metrics.js';
import { type DeliveryOutcome, deliverOnce, type SendResult } from '../deliver.js';
import type { Clock } from '../ports.js';
import type { SentRefs } from './warning-repository.js';

/** The Teams notifier as the warnings need it (TeamsNotifier satisfies it). */
export interface TeamsWarningNotifier {
  canReachUser(aadObjectId: string): Promise<boolean>;
  sendToUser(aadObjectId: string, message: BotMessage): Promise<SendResult>;
  update(aadObjectId: string, activityId: string, message: BotMessage): Promise<SendResult>;
}

export type SlackWarningNotifier = Pick<SlackNotifierPort, 'sendToEmail' | 'update'>;

export interface ChannelDeps {
  store: SqlStore;
  policy: Policy;
  teams: TeamsWarningNotifier;
  slack?: SlackWarningNotifier;
  logger: Logger;
  metrics: Metrics;
  clock?: Clock;
}

export type ChannelResult = 'sent' | 'duplicate' | 'failed' | 'gave-up' | 'unreachable' | 'off';

export interface Delivered {
  teams: ChannelResult;
  slack: ChannelResult;
  refs: SentRefs;
  /** At least one channel reached the organiser (now or before). */
  reached: boolean;
  /** A channel failed and should be retried later. */
  retry: boolean;
}

const NOT_ON_SLACK = 'no Slack user with the organiser e-mail address';
/** A delivery that failed this many attempts is given up (e.g. the bot was removed); it is not retried forever. */
export const MAX_DELIVERY_ATTEMPTS = 8;

export interface Recipient {
  organizerId: string;
  email?: string;
}

/**
 * `previous` refs make this an update of the message sent earlier (e.g. "resolved, thanks"); without them a new
 * message goes out.
 */
export async function deliverToOrganiser(
  deps: ChannelDeps,
  to: Recipient,
  message: BotMessage,
  what: { kind: string; dedupeBase: string; previous?: SentRefs },
): Promise<Delivered> {
  const channels = deps.policy.warnings.channels;
  const refs: SentRefs = {};
  const base = { deliveries: deps.store.deliveries, logger: deps.logger, metrics: deps.metrics, clock: deps.clock };

  /** A failure is retried later unless its attempts are used up. */
  const afterFailure = async (key: string): Promise<ChannelResult> => {
    const record = await deps.store.deliveries.byKey(key);
    return record && record.attempts >= MAX_DELIVERY_ATTEMPTS ? 'gave-up' : 'failed';
  };

  const refOf = async (outcome: DeliveryOutcome, key: string): Promise<string | undefined> =>
    outcome.status === 'sent'
      ? outcome.messageRef
      : outcome.status === 'duplicate'
        ? (await deps.store.deliveries.byKey(key))?.messageRef
        : undefined;

  let teams: ChannelResult = 'off';
  if (channels.includes('teams')) {
    if (!(await deps.teams.canReachUser(to.organizerId))) teams = 'unreachable';
    else {
      const dedupeKey = `${what.dedupeBase}:teams`;
      const previousRef = what.previous?.teams;
      const outcome = await deliverOnce(
        base,
        { channel: 'teams', target: `user:${to.organizerId}`, kind: what.kind, dedupeKey },
        () =>
          previousRef
            ? deps.teams.update(to.organizerId, previousRef, message)
            : deps.teams.sendToUser(to.organizerId, message),
      );
      teams = outcome.status === 'failed' ? await afterFailure(dedupeKey) : outcome.status;
      const ref = await refOf(outcome, dedupeKey);
      if (ref) refs.teams = ref;
    }
  }

  let slack: ChannelResult = 'off';
  if (channels.includes('slack') && deps.slack) {
    const notifier = deps.slack;
    if (!to.email) slack = 'unreachable';
    else {
      const email = to.email;
      const dedupeKey = `${what.dedupeBase}:slack`;
      const previousRef = what.previous?.slack;
      const outcome = await deliverOnce(
        base,
        { channel: 'slack', target: `email:${email.toLowerCase()}`, kind: what.kind, dedupeKey },
        async () => {
          if (previousRef) {
            const [channel, ts] = splitSlackRef(previousRef);
            const result = await notifier.update(channel, ts, message);
            return { attempts: result.attempts, messageRef: previousRef };
          }
          const result = await notifier.sendToEmail(email, message);
          if (!result) throw new Error(NOT_ON_SLACK);
          return {
            attempts: result.attempts,
            messageRef: result.messageRef ? `${result.channel}/${result.messageRef}` : undefined,
          };
        },
      );
      slack =
        outcome.status !== 'failed'
          ? outcome.status
          : outcome.error === NOT_ON_SLACK
            ? 'unreachable'
            : await afterFailure(dedupeKey);
      const ref = await refOf(outcome, dedupeKey);
      if (ref) refs.slack = ref;
    }
  }

  const results = [teams, slack];
  return {
    teams,
    slack,
    refs,
    reached: results.some((r) => r === 'sent' || r === 'duplicate'),
    retry: results.includes('failed'),
  };
}

function splitSlackRef(ref: string): [string, string] {
  const at = ref.indexOf('/');
  return [ref.slice(0, at), ref.slice(at + 1)];
}
