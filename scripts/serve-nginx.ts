/**
 * Serve a built site with the production nginx configuration (deploy/nginx/praktijkatlas.conf), as a
 * foreground child process on 127.0.0.1, with its pid file and temporary files in a fresh temp folder.
 * Changes nothing system-wide. The end-to-end tests use startNginx(); on the command line:
 *
 *   npm run serve:nginx [-- --root dist --port 8080]
 *
 * Needs the `nginx` binary (Debian: apt-get install nginx; or set NGINX_PATH). Stop with Ctrl+C.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerCsp, metaCsp, renderNginxConfig } from './lib/nginx-config';

export const NGINX_TEMPLATE = fileURLToPath(new URL('../deploy/nginx/praktijkatlas.conf', import.meta.url));

/** The nginx binary: NGINX_PATH, else the first of the usual places or PATH; null when there is none. */
export function findNginx(): string | null {
  if (process.env.NGINX_PATH) return existsSync(process.env.NGINX_PATH) ? process.env.NGINX_PATH : null;
  for (const path of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) if (existsSync(path)) return path;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

/** The header policy for a built site: the meta policy of its home page plus frame-ancestors 'none'. */
export function cspForSite(root: string): string {
  const index = join(root, 'index.html');
  if (!existsSync(index)) throw new Error(`${index} is missing. Fix: run \`npm run build\` first.`);
  const meta = metaCsp(readFileSync(index, 'utf8'));
  if (!meta) throw new Error(`${index} has no Content-Security-Policy <meta>; check security.csp in astro.config.mjs.`);
  return headerCsp(meta);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

function answers(origin: string): Promise<boolean> {
  return new Promise((done) => {
    const req = request(`${origin}/`, { method: 'HEAD', timeout: 1000 }, (res) => {
      res.resume();
      done(true);
    });
    req.on('error', () => done(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

export interface RunningNginx {
  origin: string;
  /** The rendered configuration file. */
  configPath: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Start nginx for `root` on 127.0.0.1 (a free port unless given); resolves once it answers. */
export async function startNginx(
  options: { root?: string; port?: number; nginx?: string } = {},
): Promise<RunningNginx> {
  const nginx = options.nginx ?? findNginx();
  if (!nginx) throw new Error('nginx is not installed. Fix: apt-get install nginx, or set NGINX_PATH.');
  const root = resolve(options.root ?? 'dist');
  const port = options.port ?? (await freePort());
  const prefix = mkdtempSync(join(tmpdir(), 'praktijkatlas-nginx-'));
  const configPath = join(prefix, 'nginx.conf');
  writeFileSync(
    configPath,
    renderNginxConfig(readFileSync(NGINX_TEMPLATE, 'utf8'), {
      listen: `127.0.0.1:${port}`,
      root,
      temp: prefix,
      csp: cspForSite(root),
    }),
  );
  // -e stderr: no attempt to open the system's error log before the configuration is read.
  const child = spawn(nginx, ['-p', prefix, '-c', configPath, '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    process.stderr.write(chunk);
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT'); // graceful shutdown of master and worker
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  // Wait until it answers, or fail with nginx's own message when it exits first (bad config, port taken).
  const deadline = Date.now() + 15_000;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  while (!(await answers(origin))) {
    if (exitCode !== undefined) {
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx exited (code ${exitCode}) before serving: ${stderr.trim() || 'no message'}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not answer on ${origin} within 15 s: ${stderr.trim() || 'no message'}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { origin, configPath, process: child, stop };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const port = arg('port');
  const running = await startNginx({ root: arg('root') ?? 'dist', ...(port ? { port: Number(port) } : {}) });
  console.log(
    `nginx serves ${resolve(arg('root') ?? 'dist')} at ${running.origin}/ (config: ${running.configPath}). Stop with Ctrl+C.`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => void running.stop().then(() => process.exit(0)));
}
