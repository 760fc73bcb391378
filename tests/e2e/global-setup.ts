import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './chromium';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserWsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ has no built site. Fix: run `npm run build` before `npm run test:e2e` (npm test does both).');
  }
  const { server, origin } = await serveStatic('dist');
  project.provide('baseUrl', origin);
  const browser = await launchBrowserServer();
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
  };
}
