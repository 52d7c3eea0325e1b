import { safeLogDestination, type LogDestination } from './log-destination.js';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Ctx } from '../db/context.js';
import type { Config } from '../config/config.js';
import { authRoutes } from './auth/routes.js';
import { healthRoutes } from './health/routes.js';
import { transformDocument } from './openapi/document.js';
import { registerAuth } from './plugins/auth.js';
import { APP_CSP, registerBrowserSecurity } from './plugins/browser-security.js';
import { registerStrictJson } from './plugins/json-parser.js';
import { registerTextGuard } from './plugins/text-guard.js';
import { errorHandler, sendProblem } from './problem.js';
import { unitRoutes } from './units/routes.js';
import { petitionRoutes } from './petitions/routes.js';
import { publicRoutes } from './public/routes.js';
import { workspaceRoutes } from './petitions/workspace-routes.js';
import { calendarRoutes } from './calendar/routes.js';
import { queueShellParts, queueView, readShell, streamQueuePage } from './workspace-ssr.js';
import { ssrLanguage } from './workspace-ssr-words.js';
import { reportRoutes } from './reports/routes.js';

export interface AppDeps {
  ctx: Ctx;
  config: Config;
  /** Directory of the built web app (index.html), or null to serve no web app. */
  webDir: string | null;
  logger?: boolean;
  /** Where log lines go (default: stdout, never stopping the server when it cannot be written). */
  logDestination?: LogDestination;
}

/** Builds the Fastify application; `listen` is the caller's business (tests use inject). */
export async function buildApp({
  ctx,
  config,
  webDir,
  logger = true,
  logDestination = safeLogDestination(1),
}: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger
      ? {
          level: config.logLevel,
          // Never a stream whose write error ends the process (full disk, read-only log file).
          stream: logDestination,
          // Only method, path and ids: query strings and bodies may carry personal data.
          serializers: {
            req: (req) => ({ id: req.id, method: req.method, path: (req.url ?? '').split('?')[0] }),
            res: (res) => ({ statusCode: res.statusCode }),
          },
        }
      : false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 256 * 1024,
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  registerStrictJson(app);
  registerTextGuard(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    // Answered before the body was read (a refused upload): close the connection, or the unread
    // rest of the body would hold up the next request on it (measured: 73 s).
    if (!request.raw.complete && request.raw.readable) reply.header('connection', 'close');
  });

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, {
    limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 5, parts: 6 },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Dân Vận API',
        version: '1.0.0',
        // package.json: "UNLICENSED" (private; no licence to reuse is granted).
        license: {
          name: 'UNLICENSED (proprietary, no licence granted)',
          identifier: 'LicenseRef-UNLICENSED',
        },
        description:
          'Tiếp nhận, xử lý, giải quyết đơn thư của công dân và công tác dân vận chính quyền. / Citizens’ petitions and government mass-mobilisation work. Errors are RFC 9457 problem+json with a stable `code` and a Vietnamese + English `message`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'danvan_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: transformDocument,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: APP_CSP });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerBrowserSecurity(app);
  registerAuth(app, ctx);
  (await import('./metrics/routes.js')).registerMetrics(app, ctx, { backupDir: config.backup.dir });
  await app.register(healthRoutes, { ctx });
  await app.register(authRoutes, { ctx, config });
  await app.register(unitRoutes, { ctx });
  await app.register((await import('./campaigns/routes.js')).campaignRoutes, { ctx });
  await app.register((await import('./inspections/routes.js')).inspectionRoutes, { ctx });
  await app.register((await import('./models/routes.js')).modelRoutes, { ctx });
  await app.register((await import('./dialogues/routes.js')).dialogueRoutes, { ctx });
  await app.register(petitionRoutes, { ctx });
  await app.register(publicRoutes, { ctx, config });
  await app.register(workspaceRoutes, { ctx });
  await app.register(calendarRoutes, { ctx });
  await app.register((await import('./admin/routes.js')).adminRoutes, { ctx });
  await app.register((await import('./admin/import-routes.js')).importRoutes, { ctx });
  await app.register((await import('./admin/identity-access-routes.js')).identityAccessRoutes, {
    ctx,
  });
  await app.register((await import('./admin/outbox-routes.js')).outboxRoutes, { ctx });
  await app.register(reportRoutes, { ctx });
  await app.register((await import('./privacy/routes.js')).privacyRoutes, { ctx });

  if (webDir && fs.existsSync(path.join(webDir, 'index.html'))) {
    const shell = readShell(webDir);
    const queueParts = queueShellParts(shell);
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/app/',
      index: false,
      wildcard: false,
      decorateReply: false,
      preCompressed: true,
      // Files under assets/ are named after their content (Vite's hashes): a new build gives new
      // names, so browsers may keep them for good. The rest (preload.js) may change in place.
      cacheControl: false,
      setHeaders: (res, filePath) => {
        const hashed = /^assets[\\/]/.test(path.relative(webDir, filePath));
        res.setHeader(
          'cache-control',
          hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
        );
      },
    });
    // Single-page app: every other /app/ path gets index.html and the client router decides.
    app.get('/app', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/app/'));
    app.get('/app/*', { schema: { hide: true } }, async (request, reply) => {
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache');
      // The queue opened without filters, signed in: its first page drawn by the server
      // (decision 0018). The answer depends on the cookie: private, and caches keyed on it.
      const actor = request.actor;
      if (
        queueParts &&
        (request.url === '/app/queue' || request.url === '/app/queue/') &&
        request.authVia === 'session' &&
        actor
      ) {
        // In the official's language: the app copies its choice into the `lang` cookie (0019-h20).
        const language = ssrLanguage(request.cookies.lang);
        return reply
          .header('cache-control', 'private, no-cache')
          .header('vary', 'Cookie')
          .send(
            streamQueuePage(
              queueParts,
              shell.antdHash,
              queueView(ctx, actor, language),
              (error) =>
                // The app asks the API instead; the reason is logged, never the data.
                request.log.warn({ reason: (error as Error).name }, 'queue first page not drawn'),
              language,
            ),
          );
      }
      return reply.send(shell.html);
    });
  }
  await app.register((await import('./portal/routes.js')).portalPlugin, { ctx });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      request,
      404,
      'not_found',
      'Không tìm thấy địa chỉ này.',
      'No such address.',
    ),
  );
  return app;
}
