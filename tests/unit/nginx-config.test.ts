import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerCsp, metaCsp, parseCsp, renderNginxConfig } from '../../scripts/lib/nginx-config';

const TEMPLATE = readFileSync('deploy/nginx/praktijkatlas.conf', 'utf8');
const VALUES = {
  listen: '127.0.0.1:8080',
  root: '/srv/atlas',
  temp: '/tmp/nginx-x',
  csp: "default-src 'self'; frame-ancestors 'none'",
};

describe('renderNginxConfig', () => {
  it('fills in every placeholder of the shipped template', () => {
    const conf = renderNginxConfig(TEMPLATE, VALUES);
    expect(conf).not.toMatch(/@@[A-Z]+@@/);
    expect(conf).toContain('listen 127.0.0.1:8080;');
    expect(conf).toContain('root "/srv/atlas";');
    expect(conf).toContain('pid /tmp/nginx-x/nginx.pid;');
    expect(conf).toContain(`add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'none'" always;`);
  });

  it('refuses values that would break out of the configuration', () => {
    expect(() => renderNginxConfig(TEMPLATE, { ...VALUES, csp: 'x" always; return 200 "y' })).toThrow(/quote/);
    expect(() => renderNginxConfig(TEMPLATE, { ...VALUES, root: '/srv/$host' })).toThrow(/\$/);
    expect(() => renderNginxConfig(TEMPLATE, { ...VALUES, root: 'dist' })).toThrow(/absolute/);
    expect(() => renderNginxConfig(TEMPLATE, { ...VALUES, listen: '80; include /etc/passwd' })).toThrow(/listen/);
    expect(() => renderNginxConfig('x @@OTHER@@', VALUES)).toThrow(/unknown placeholder @@OTHER@@/);
  });
});

describe('Content-Security-Policy from the built page', () => {
  const html =
    '<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;;img-src \'self\' data:; script-src \'self\' \'sha256-AB+c/=\';"></head>';

  it('reads the meta policy and decodes entities', () => {
    expect(metaCsp(html)).toBe("default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-AB+c/=';");
    expect(metaCsp('<meta name="x" content="y">')).toBeNull();
  });

  it('adds frame-ancestors, keeps every directive as it is, and keeps a stated frame-ancestors', () => {
    const policy = headerCsp(metaCsp(html)!);
    expect(policy).toBe(
      "default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-AB+c/='; frame-ancestors 'none'",
    );
    expect(parseCsp(policy).map(([n]) => n)).toEqual(['default-src', 'img-src', 'script-src', 'frame-ancestors']);
    expect(headerCsp("default-src 'self'; frame-ancestors https://a.example")).toBe(
      "default-src 'self'; frame-ancestors https://a.example",
    );
  });
});
