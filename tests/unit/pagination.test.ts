import { describe, expect, it } from 'vitest';
import { pageCount, pageLinks, pageSlice } from '../../src/lib/cases/pagination';

describe('pagination', () => {
  it('counts pages, at least one', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
    expect(pageCount(10_000, 20)).toBe(500);
  });

  it('slices a page', () => {
    const xs = Array.from({ length: 45 }, (_, i) => i);
    expect(pageSlice(xs, 1, 20)).toEqual(xs.slice(0, 20));
    expect(pageSlice(xs, 3, 20)).toEqual([40, 41, 42, 43, 44]);
  });

  it('links first, last and the neighbours of the current page, with gaps', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageLinks(250, 500)).toEqual([1, null, 248, 249, 250, 251, 252, null, 500]);
    expect(pageLinks(500, 500)).toEqual([1, null, 498, 499, 500]);
    expect(pageLinks(4, 500)).toEqual([1, 2, 3, 4, 5, 6, null, 500]);
  });
});
