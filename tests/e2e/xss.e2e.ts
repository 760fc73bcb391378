/**
 * XSS in the browser, for a handful of payloads: through the URL parameters of the case list, the
 * compare page and the selection, the case search box and the map's gemeente combobox. All 52
 * payloads go through the parsers and renderers in tests/unit/xss-payloads.test.ts; this checks the
 * wiring. The detector looks for what an injected payload leaves in the DOM (event-handler
 * attributes, javascript: URLs, frames, scripts carrying the payload), plus dialogs and window.__xss;
 * the controls show it fires on every payload used here.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CALL } from '../helpers/xss-payloads';
import { useBrowser } from './browser';

const b = useBrowser();

const BROWSER_PAYLOADS = [
  `<script>${CALL}</script>`,
  `<img src=x onerror="${CALL}">`,
  `"><svg onload="${CALL}">`,
  `<a href="javascript:${CALL}">x</a>`,
  `<iframe srcdoc="<script>parent.${CALL}</script>"></iframe> 🎉`,
];

/** What injected markup left in the page; empty for a clean page. */
function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`<${el.localName} ${a.name}>`);
        else if (/^\s*javascript:/i.test(a.value)) found.push(`<${el.localName} ${a.name}="javascript:…">`);
      }
      if (['iframe', 'frame', 'object', 'embed', 'base'].includes(el.localName)) found.push(`<${el.localName}>`);
      if (el.localName === 'script' && el.textContent?.includes('__xss')) found.push('<script> with the payload');
    }
    if ((window as unknown as { __xss?: number }).__xss) found.push('window.__xss was set');
    return found;
  });
}

/** A page of the site that counts dialogs. */
async function openCounting(path: string) {
  const page = await b.open('about:blank');
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(new URL(path, b.baseUrl()).href);
  return { page, dialogs };
}

describe(`XSS in the browser: ${BROWSER_PAYLOADS.length} payloads`, () => {
  it('control: a payload injected as HTML runs, and the detector sees it', async () => {
    const { page, dialogs } = await openCounting('about:blank');
    await page.setContent(`<div>${BROWSER_PAYLOADS[1]}</div>`);
    await page.waitForFunction(() => (window as unknown as { __xss?: number }).__xss === 1);
    await expect.poll(() => dialogs.length).toBe(1);
    expect(await injected(page)).toContain('<img onerror>');
    await page.context().close();
  });

  it('control: on the site, the detector sees each payload when it is injected as HTML', async () => {
    const { page } = await openCounting('/praktijkvoorbeelden/');
    expect(await injected(page)).toEqual([]);
    for (const payload of BROWSER_PAYLOADS) {
      await page.evaluate((html) => {
        const div = document.createElement('div');
        div.id = 'control';
        div.insertAdjacentHTML('beforeend', html);
        document.body.append(div);
      }, payload);
      expect(await injected(page), payload).not.toEqual([]);
      await page.evaluate(() => document.getElementById('control')?.remove());
    }
    await page.context().close();
  });

  it('through URL parameters of the case list, compare page and selection: shown as text only', async () => {
    const { page, dialogs } = await openCounting('/');
    for (const payload of BROWSER_PAYLOADS) {
      const q = encodeURIComponent(payload);
      await page.goto(new URL(`/praktijkvoorbeelden/?q=${q}&type=${q}&thema=${q}&sort=${q}`, b.baseUrl()).href);
      await page.waitForSelector('[data-ignored]:not([hidden])');
      expect(await page.getByRole('searchbox', { name: 'Zoek in praktijkvoorbeelden' }).inputValue()).toBe(payload);
      expect(await injected(page), `case list: ${payload}`).toEqual([]);
    }
    // The compare page and the selection take lists: all payloads in one link each.
    const all = BROWSER_PAYLOADS.map(encodeURIComponent).join(',');
    await page.goto(new URL(`/vergelijk/?typen=${all}`, b.baseUrl()).href);
    await expect.poll(() => page.locator('[data-compare-status]').innerText()).toContain('Niet herkend');
    expect(await page.locator('[data-compare-status]').innerText()).toContain(BROWSER_PAYLOADS[1]);
    expect(await injected(page), 'compare page').toEqual([]);

    await page.goto(new URL(`/selectie/?ids=${all}`, b.baseUrl()).href);
    await page.waitForSelector('[data-unknown]:not([hidden])');
    expect(await page.locator('[data-unknown]').innerText()).toContain(`‘${BROWSER_PAYLOADS[1]}’`);
    expect(await injected(page), 'selection').toEqual([]);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  it('typed into the case search box and the map combobox: shown as text only', async () => {
    const { page: search, dialogs: d1 } = await openCounting('/praktijkvoorbeelden/');
    await search.waitForSelector('[data-search-form]:not([hidden])');
    const box = search.getByRole('searchbox', { name: 'Zoek in praktijkvoorbeelden' });
    const { page: map, dialogs: d2 } = await openCounting('/');
    const combo = map.getByRole('combobox', { name: 'Zoek uw gemeente' });
    for (const payload of BROWSER_PAYLOADS) {
      await box.fill(payload);
      await expect.poll(() => search.locator('[data-status]').innerText()).toContain(`‘${payload.trim()}’`);
      await combo.fill(payload);
      await combo.press('ArrowDown');
      await expect.poll(() => map.locator('[data-combobox] [data-status]').innerText()).toMatch(/gevonden/);
      expect(await injected(search), `search box: ${payload}`).toEqual([]);
      expect(await injected(map), `combobox: ${payload}`).toEqual([]);
    }
    expect([...d1, ...d2]).toEqual([]);
    await search.context().close();
    await map.context().close();
  });
});
