import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, deltaE, DEFICIENCIES, parseHex, parseTypeTokens, simulate } from '../../src/lib/map/colour';
import { WRR_TYPE_IDS } from '../../src/lib/typology/wrr-types';

const tokens = parseTypeTokens(readFileSync('src/styles/tokens.css', 'utf8'));

describe('colour maths', () => {
  it('computes WCAG contrast (black on white is 21:1, equal colours 1:1)', () => {
    expect(contrastRatio(parseHex('#000000'), parseHex('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseHex('#767676'), parseHex('#ffffff'))).toBeCloseTo(4.54, 2);
    expect(contrastRatio(parseHex('#123456'), parseHex('#123456'))).toBe(1);
  });

  it('simulates deuteranopia: pure red and green become hard to tell apart', () => {
    const red = parseHex('#ff0000');
    const green = parseHex('#00aa00');
    expect(deltaE(red, green)).toBeGreaterThan(80);
    expect(deltaE(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).toBeLessThan(deltaE(red, green) / 2);
  });

  it('rejects a malformed colour', () => {
    expect(() => parseHex('#abc')).toThrow(/6-digit/);
  });
});

describe('WRR type palette (src/styles/tokens.css)', () => {
  it('defines a colour and an ink for every type and for "geen data"', () => {
    for (const id of [...WRR_TYPE_IDS, 'geen-data']) {
      expect(tokens.get(id)?.bg, id).toMatch(/^#[0-9a-f]{6}$/i);
      expect(tokens.get(id)?.ink, id).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });

  it('text on each type colour (badges) reaches WCAG AA 4.5:1', () => {
    for (const id of WRR_TYPE_IDS) {
      const { bg, ink } = tokens.get(id)!;
      expect(contrastRatio(parseHex(bg), parseHex(ink)), `${id}: ${ink} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('all nine type colours and "geen data" stay distinguishable with normal vision and under protanopia, deuteranopia and tritanopia', () => {
    const ids = [...WRR_TYPE_IDS, 'geen-data'];
    const worst: string[] = [];
    for (const vision of ['normal', ...DEFICIENCIES] as const) {
      const colours = ids.map((id) => {
        const rgb = parseHex(tokens.get(id)!.bg);
        return vision === 'normal' ? rgb : simulate(rgb, vision);
      });
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const d = deltaE(colours[i]!, colours[j]!);
          if (d < 12) worst.push(`${vision}: ${ids[i]} vs ${ids[j]} ΔE ${d.toFixed(1)}`);
        }
      }
    }
    expect(worst).toEqual([]);
  });
});
