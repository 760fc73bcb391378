import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './chromium';
import { findNginx, startNginx } from '../../scripts/serve-nginx';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserWsEndpoint: string;
    /** Which server the suite runs against: the production nginx configuration, or the Node fallback. */
    server: 'nginx' | 'node';
  }
}

/** Serve dist/ (nginx with the production configuration when installed, else a small Node server) and start one Chromium. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'dist/ has no built site. Fix: run `npm run build` before `npm run test:e2e` (npm test does both).',
    );
  }
  let stopServer: () => Promise<void> | void;
  if (findNginx() && process.env.E2E_SERVER !== 'node') {
    const nginx = await startNginx({ root: 'dist' });
    console.log(`[e2e] serving dist/ with nginx (deploy/nginx/praktijkatlas.conf) at ${nginx.origin}`);
    project.provide('baseUrl', nginx.origin);
    project.provide('server', 'nginx');
    stopServer = () => nginx.stop();
  } else {
    console.warn(
      process.env.E2E_SERVER === 'node'
        ? '[e2e] NOTICE: E2E_SERVER=node: serving dist/ with the Node fallback server; the nginx header tests are skipped.'
        : '[e2e] NOTICE: nginx is not installed, so dist/ is served by a small Node server and the production header tests are skipped. Fix: apt-get install nginx (or set NGINX_PATH).',
    );
    const { server, origin } = await serveStatic('dist');
    project.provide('baseUrl', origin);
    project.provide('server', 'node');
    stopServer = () => new Promise<void>((done) => server.close(() => done()));
  }
  const browser = await launchBrowserServer();
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await stopServer();
  };
}
