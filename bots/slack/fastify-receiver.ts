/**
 * A Bolt receiver that lives inside our fastify server at `POST /slack/events` instead of opening its own port.
 * The route keeps the raw body (the signature covers it byte for byte), verifies it, answers the URL
 * verification challenge, decodes form-encoded commands / interactive payloads and JSON events, and hands them to
 * `app.processEvent`. The HTTP answer goes out as soon as the listener acks, as Slack's 3-second rule requires.
 * A repeated event (a retry, a replay) is acknowledged and not answered again.
 */
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type { FastifyInstance } from 'fastify';
import type { Logger } from '../../lib/logger.js';
import { createReplayGuard } from '../shared/replay-guard.js';
import { isValidSlackSignature } from './slack-signature.js';

type Body = Record<string, unknown>;

const ACK_TIMEOUT_MS = 2500;

export class FastifySlackReceiver implements Receiver {
  private app: App | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  /** Slack redelivers an event (same `event_id`) when the first answer was slow: it is answered once. */
  private readonly replays = createReplayGuard();

  constructor(private readonly options: { signingSecret: string; log: Logger }) {}

  init(app: App): void {
    this.app = app;
  }

  start(): Promise<void> {
    return Promise.resolve();
  }

  /** Waits for listeners still running after their ack, so shutdown does not cut an answer off. */
  stop(): Promise<void> {
    return this.settled();
  }

  /** Resolves once every event dispatched so far has been answered (or its failure logged). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  /** The fastify plugin serving `POST /slack/events`; encapsulated, so its raw-body parser stays local. */
  readonly plugin = async (fastify: FastifyInstance): Promise<void> => {
    fastify.removeAllContentTypeParsers();
    fastify.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    fastify.post('/slack/events', async (request, reply) => {
      const rawBody = typeof request.body === 'string' ? request.body : '';
      const valid = isValidSlackSignature({
        signingSecret: this.options.signingSecret,
        rawBody,
        signature: header(request.headers['x-slack-signature']),
        timestamp: header(request.headers['x-slack-request-timestamp']),
      });
      if (!valid) {
        return reply.code(401).send({ error: { code: 'slack.signature_invalid', message: 'Tanda tangan Slack tidak valid' }, requestId: request.id });
      }
      const body = decodeBody(rawBody, header(request.headers['content-type']));
      if (!body) return reply.code(400).send({ error: { code: 'slack.body_invalid', message: 'Badan permintaan tidak dapat dibaca' }, requestId: request.id });
      if (body.type === 'url_verification') return reply.send({ challenge: body.challenge });
      if (body.ssl_check !== undefined) return reply.send();
      if (typeof body.event_id === 'string' && !this.replays.firstTime(body.event_id)) return reply.code(200).send();
      const response = await this.dispatch(body, request.headers);
      if (response === undefined || response === '') return reply.code(200).send();
      return typeof response === 'string' ? reply.type('text/plain').send(response) : reply.send(response);
    });
  };

  private async dispatch(body: Body, headers: Record<string, string | string[] | undefined>): Promise<unknown> {
    const app = this.app;
    if (!app) throw new Error('Slack receiver used before App.init');
    let resolveAck: (value: unknown) => void = () => {};
    const acked = new Promise<unknown>((resolve) => {
      resolveAck = resolve;
    });
    const retryNum = header(headers['x-slack-retry-num']);
    const retryReason = header(headers['x-slack-retry-reason']);
    const event: ReceiverEvent = {
      body,
      ack: async (response?: unknown) => resolveAck(response),
      ...(retryNum ? { retryNum: Number(retryNum) } : {}),
      ...(retryReason ? { retryReason } : {}),
    };
    const processing = app.processEvent(event).catch((err: unknown) => {
      this.options.log.error({ err: (err as Error).message }, 'slack event processing failed');
    });
    this.inFlight.add(processing);
    void processing.finally(() => this.inFlight.delete(processing));
    // Events without a listener never ack; answer 200 anyway so Slack does not retry them.
    return Promise.race([acked, processing.then(() => undefined), new Promise((r) => setTimeout(r, ACK_TIMEOUT_MS).unref())]);
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Slash commands and interactive payloads are form-encoded (the latter with a JSON `payload`); events are JSON. */
export function decodeBody(raw: string, contentType: string | undefined): Body | null {
  try {
    if (contentType?.startsWith('application/x-www-form-urlencoded')) {
      const form = new URLSearchParams(raw);
      const payload = form.get('payload');
      if (payload !== null) return JSON.parse(payload) as Body;
      return Object.fromEntries(form.entries());
    }
    const parsed: unknown = JSON.parse(raw);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Body) : null;
  } catch {
    return null;
  }
}
