import { describe, expect, it } from 'vitest';
import { findGluedText } from '../helpers/built-text';

describe('findGluedText', () => {
  it.each([
    ['staan bij<a href="/x/">Praktijkvoorbeelden</a>', ['bijPraktijkvoorbeelden']],
    ['lijst met<a href="/x/">alle</a> voorbeelden', ['metalle']],
    ['Wat het heeft.<a href="/x">Bekijk</a>', ['.Bekijk']],
    ['de <a href="/x">lijst</a>van gemeenten', ['lijstvan']],
    ['in <code>sources</code>.<code>source_ids</code> verwijst', ['.source_ids']],
  ])('finds the glued words in %j', (html, expected) => {
    expect(findGluedText(html)).toEqual(expected);
  });

  it.each([
    'staan bij <a href="/x/">Praktijkvoorbeelden</a>.',
    'de <a href="/x">gemeente</a>, de <strong>raad</strong> en (<em>zie</em> hier)',
    '<script>var a="x<a>b</a>c"</script>',
    '<li><a href="/a">A</a></li><li><a href="/b">B</a></li>',
  ])('leaves %j alone', (html) => {
    expect(findGluedText(html)).toEqual([]);
  });
});
