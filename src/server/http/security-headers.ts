import fastifyHelmet from '@fastify/helmet';
import type { App } from './types';

// Security headers of every answer (@fastify/helmet), with one Content-Security-Policy that the web app and the
// API documentation (/api/docs, swagger-ui) both work under — test/e2e/security-headers.e2e.ts loads them in
// Chromium and fails on any violation:
// - scripts only from this origin: no inline script, no eval (the built app and swagger-ui load files);
// - styles from this origin and inline: Mantine writes its CSS variables into a <style> element at run time,
//   and swagger-ui sets style attributes in the markup it renders;
// - images also as data: and blob: URIs (swagger-ui's icons, chart exports); workers from this origin (the
//   genome analysis Web Worker); nothing may frame the app.
// Strict-Transport-Security only on answers over https (directly or as a trusted proxy's X-Forwarded-Proto
// says): sent over plain http it would only be ignored, and a local http deployment must stay reachable.
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  // Helmet's default would send http pages' requests to https, which a plain-http deployment cannot answer.
  upgradeInsecureRequests: null,
};

export const HSTS = 'max-age=31536000; includeSubDomains';

export async function registerSecurityHeaders(app: App): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    done();
  });
}
