// Who the bot is (auth.test → bot user id, bot id, team), learned after start, never blocking it. Bolt normally runs
// auth.test in its constructor, or per request with tokenVerificationEnabled: false (facts/bots.md B3); either would
// tie start-up or every request to Slack being reachable. Here `authorize` answers from this cache and asks Slack
// again at most once a minute while the identity is unknown.
import type { AuthorizeResult, webApi } from '@slack/bolt';
import type { Logger } from '../../observability/logger.js';
import { callSlack } from './slack-api-errors.js';

const RETRY_AFTER_MS = 60_000;

export interface BotIdentityFacts {
  botUserId?: string;
  botId?: string;
  teamId?: string;
}

export class BotIdentity {
  private facts: BotIdentityFacts = {};
  private lastAttempt = 0;
  private pending?: Promise<void>;

  constructor(
    private readonly client: webApi.WebClient,
    private readonly botToken: string,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  get current(): BotIdentityFacts {
    return this.facts;
  }

  /** Runs auth.test once; logs and carries on when Slack does not answer. */
  learn(): Promise<void> {
    this.pending ??= this.runAuthTest().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Bolt's `authorize`: the single workspace's bot token, with whatever identity is known. */
  readonly authorize = async (): Promise<AuthorizeResult> => {
    if (!this.facts.botUserId && this.now() - this.lastAttempt > RETRY_AFTER_MS) void this.learn();
    return { botToken: this.botToken, ...this.facts };
  };

  private async runAuthTest(): Promise<void> {
    this.lastAttempt = this.now();
    try {
      const res = await callSlack(() => this.client.auth.test());
      this.facts = { botUserId: res.user_id, botId: res.bot_id, teamId: res.team_id };
      this.logger.info({ botUserId: res.user_id, teamId: res.team_id }, 'slack: connected as the bot user');
    } catch (err) {
      this.logger.warn(
        { err: { message: (err as Error).message } },
        'slack: auth.test failed; serving anyway and retrying later',
      );
    }
  }
}
