/**
 * Serves the committee board (web/dist, built by `npm run build:web` during `npm ci`) at `/` from the same process
 * as the API: hashed assets under /assets are cached for good, the page itself never, and the board's own paths
 * (`/`, `/masuk`) answer with the page. Without a build, `/` says how to make one.
 */
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { projectPath } from '../../lib/project-root.js';
import { AppError } from '../../lib/errors.js';

/** Paths the board handles itself; everything else stays a 404 of the API's kind. */
const PAGES = ['/', '/masuk'] as const;

export async function webBoardRoutes(app: FastifyInstance, options: { root?: string } = {}): Promise<void> {
  const root = options.root ?? projectPath('web', 'dist');
  const built = existsSync(`${root}/index.html`);
  if (built) {
    await app.register(fastifyStatic, {
      root: `${root}/assets`,
      prefix: '/assets/',
      index: false,
      immutable: true,
      maxAge: '365d',
    });
  }
  for (const path of PAGES) {
    app.get(path, { schema: { hide: true } }, async (_request, reply) => {
      if (!built) {
        throw new AppError({
          kind: 'NOT_FOUND',
          code: 'board.not_built',
          message: 'Papan komite belum dibangun: jalankan `npm run build:web` (otomatis saat `npm ci`)',
        });
      }
      return reply.header('cache-control', 'no-store').sendFile('index.html', root);
    });
  }
}
