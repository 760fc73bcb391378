import { describe, expect, it } from 'vitest';
import { cleanNote, cleanTitle, NOTE_MAX, readableUrl, TITLE_MAX } from '../../src/lib/shortlist/print-text';

describe('readableUrl', () => {
  it('decodes letters and spaces', () => {
    expect(readableUrl('https://www.gemeente.nl/b%C3%BCrger%20info/s%C3%BAdwest-frysl%C3%A2n')).toBe(
      'https://www.gemeente.nl/bürger info/súdwest-fryslân',
    );
  });

  it('decodes an address escaped twice (council search links)', () => {
    expect(
      readableUrl('https://amersfoort.notubiz.nl/document/7933240/1#search=%2522rapportage%2520koningsdag%2522'),
    ).toBe('https://amersfoort.notubiz.nl/document/7933240/1#search="rapportage koningsdag"');
  });

  it('keeps escaped characters that would change the address', () => {
    expect(readableUrl('https://x.nl/a%2Fb?q=a%26b%3Dc#x%23y')).toBe('https://x.nl/a%2Fb?q=a%26b%3Dc#x%23y');
  });

  it('leaves a malformed address as it is', () => {
    expect(readableUrl('https://x.nl/100%-zeker')).toBe('https://x.nl/100%-zeker');
  });
});

describe('title and note', () => {
  it('title: one line, trimmed, bounded; non-strings give ""', () => {
    expect(cleanTitle('  Voorstel  aan\nhet college ')).toBe('Voorstel aan het college');
    expect(cleanTitle('x'.repeat(500))).toHaveLength(TITLE_MAX);
    expect(cleanTitle(null)).toBe('');
  });

  it('note: keeps paragraphs, squeezes empty lines, bounded', () => {
    expect(cleanNote('Eerste regel  \r\nTweede\n\n\n\nDerde')).toBe('Eerste regel\nTweede\n\nDerde');
    expect(cleanNote('y'.repeat(5000))).toHaveLength(NOTE_MAX);
    expect(cleanNote(42)).toBe('');
  });
});
