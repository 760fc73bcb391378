import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const b = useBrowser();

/**
 * Classic XSS payloads (OWASP cheat-sheet style). Each would set window.__xss or open a dialog if
 * it ever executed. They go through every place where user-controlled text reaches a page: URL
 * parameters of the case list, the compare page and the shortlist, the search box, and the map's
 * gemeente combobox.
 */
const CALL = 'window.__xss=1;alert(1)';
const PAYLOADS = [
  `<script>${CALL}</script>`,
  `<img src=x onerror="${CALL}">`,
  `<img src=x onerror=${CALL}>`,
  `<svg onload="${CALL}">`,
  `<svg><script>${CALL}</script></svg>`,
  `"><script>${CALL}</script>`,
  `'><script>${CALL}</script>`,
  `</script><script>${CALL}</script>`,
  `</textarea><script>${CALL}</script>`,
  `</title><script>${CALL}</script>`,
  `<body onload="${CALL}">`,
  `<iframe src="javascript:${CALL}"></iframe>`,
  `<iframe srcdoc="<script>parent.${CALL}</script>"></iframe>`,
  `<a href="javascript:${CALL}">x</a>`,
  `javascript:${CALL}`,
  `<details open ontoggle="${CALL}">`,
  `<video><source onerror="${CALL}"></video>`,
  `<audio src=x onerror="${CALL}">`,
  `<input autofocus onfocus="${CALL}">`,
  `<select autofocus onfocus="${CALL}">`,
  `<textarea autofocus onfocus="${CALL}">`,
  `<marquee onstart="${CALL}">`,
  `<object data="javascript:${CALL}">`,
  `<embed src="javascript:${CALL}">`,
  `<math><mtext><img src=x onerror="${CALL}"></mtext></math>`,
  `<div style="background:url(javascript:${CALL})">`,
  `<link rel=import href="data:text/html,<script>${CALL}</script>">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${CALL}">`,
  `<form action="javascript:${CALL}"><button>x</button></form>`,
  `<isindex type=image src=1 onerror=${CALL}>`,
  `<img src="x" onerror="&#x77;indow.__xss=1">`,
  `<img src=x onerror=eval(atob('d2luZG93Ll9feHNzPTE='))>`,
  `<svg><animate onbegin="${CALL}" attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:${CALL}"><text y=20>x</text></a></svg>`,
  `<style>@import 'javascript:${CALL}';</style>`,
  `<base href="javascript:${CALL}//">`,
  `<scr<script>ipt>${CALL}</scr</script>ipt>`,
  `<SCRIPT SRC=data:text/javascript,${encodeURIComponent(CALL)}></SCRIPT>`,
  `<ScRiPt>${CALL}</sCrIpT>`,
  `<img """><script>${CALL}</script>">`,
  `<img src=\`x\` onerror=${CALL}>`,
  `<<script>${CALL};//<</script>`,
  `<img src=x:alert(1) onerror=eval(src)>`,
  `\${${CALL}}`,
  `{{constructor.constructor('${CALL}')()}}`,
  `%3Cscript%3E${CALL}%3C/script%3E`,
  `&lt;script&gt;${CALL}&lt;/script&gt;`,
  `<noscript><p title="</noscript><img src=x onerror=${CALL}>">`,
  `<table background="javascript:${CALL}">`,
  `<xss onmouseover="${CALL}" style="display:block;width:100vw;height:100vh">`,
  `<body onpageshow="${CALL}">`,
  `<img src=1 onerror=${CALL}> 🎉 ${'x'.repeat(400)}`,
];

async function openCounting(path: string) {
  const page = await b.open('about:blank');
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto(new URL(path, b.baseUrl()).href);
  return { page, dialogs };
}

async function executed(page: Awaited<ReturnType<typeof openCounting>>['page']): Promise<boolean> {
  await page.waitForTimeout(50);
  return page.evaluate(() => (window as unknown as { __xss?: number }).__xss === 1);
}

describe(`XSS: ${PAYLOADS.length} payloads never execute`, () => {
  it('has at least 50 payloads', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
  });

  it('control: the detector does see a payload that runs (a page that injects it as HTML)', async () => {
    const { page, dialogs } = await openCounting('about:blank');
    await page.setContent(`<div>${PAYLOADS[1]}</div>`);
    expect(await executed(page)).toBe(true);
    await expect.poll(() => dialogs.length).toBe(1);
    await page.context().close();
  });

  it('through URL parameters of the case list, compare page and shortlist', async () => {
    const hits: string[] = [];
    for (const payload of PAYLOADS) {
      const q = encodeURIComponent(payload);
      for (const path of [
        `/praktijkvoorbeelden/?q=${q}&type=${q}&thema=${q}&sort=${q}`,
        `/vergelijk/?typen=${q}`,
        `/selectie/?ids=${q}`,
      ]) {
        const { page, dialogs } = await openCounting(path);
        if ((await executed(page)) || dialogs.length) hits.push(`${path}`);
        await page.context().close();
      }
    }
    expect(hits).toEqual([]);
  }, 600_000);

  it('typed into the case search box and the map combobox, shown as text', async () => {
    const hits: string[] = [];
    const { page: search, dialogs: d1 } = await openCounting('/praktijkvoorbeelden/');
    const box = search.getByRole('searchbox').first();
    const { page: map, dialogs: d2 } = await openCounting('/');
    const combo = map.getByRole('combobox', { name: 'Zoek uw gemeente' });
    for (const payload of PAYLOADS) {
      await box.fill(payload);
      await combo.fill(payload);
      await combo.press('ArrowDown');
      if ((await executed(search)) || (await executed(map))) hits.push(payload);
    }
    // The last query is visible as literal text in the search box, not parsed as markup.
    expect(await box.inputValue()).toBe(PAYLOADS.at(-1));
    expect(await search.locator('case-search img, case-search iframe, case-search svg[onload]').count()).toBe(0);
    expect(hits).toEqual([]);
    expect([...d1, ...d2]).toEqual([]);
    await search.context().close();
    await map.context().close();
  }, 300_000);
});
