import { describe, expect, it } from 'vitest';
import { countLabel, formatDecimal, formatInteger, formatShare } from '../../src/lib/site/format';

describe('Dutch number formatting', () => {
  it.each([
    [17590672, '17.590.672'],
    [999, '999'],
    [0, '0'],
  ])('formatInteger(%d) = %s', (n, expected) => expect(formatInteger(n)).toBe(expected));

  it.each([
    [0.0412, 1, '4,1%'],
    [0.5, 0, '50%'],
    [0.90049, 1, '90,0%'],
  ])('formatShare(%d, %d) = %s', (n, d, expected) => expect(formatShare(n, d)).toBe(expected));

  it('formats decimals with a comma', () => expect(formatDecimal(0.4567)).toBe('0,46'));

  it('chooses singular or plural', () => {
    expect(countLabel(1, 'gemeente', 'gemeenten')).toBe('1 gemeente');
    expect(countLabel(2, 'gemeente', 'gemeenten')).toBe('2 gemeenten');
    expect(countLabel(0, 'gemeente', 'gemeenten')).toBe('0 gemeenten');
  });
});
