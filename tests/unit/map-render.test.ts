import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { gemeenteFeatures, projectMap, rewindIfInverted } from '../../src/lib/map/map-geometry';
import { renderChoroplethSvg, escapeXml } from '../../src/lib/map/map-svg';
import { geoArea } from 'd3-geo';

const topo = JSON.parse(readFileSync('tests/fixtures/map/gemeenten.topo.json', 'utf8')) as Topology;
const provinces = JSON.parse(readFileSync('tests/fixtures/map/provinces.topo.json', 'utf8')) as Topology;
const roundNumbers = (svg: string) => svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))));

describe('projectMap', () => {
  const geometry = projectMap(topo, 'gemeenten', {
    width: 400,
    digits: 1,
    provinces: { topology: provinces, objectName: 'provincies' },
  });

  it('fits the features to the requested width and keeps every gemeente', () => {
    expect(geometry.width).toBe(400);
    expect(geometry.shapes.map((s) => s.code)).toEqual(['GM9001', 'GM9002', 'GM9003', 'GM9004', 'GM9005']);
    // 0.35° of longitude at 52°N is narrower than 0.2° of latitude is tall in Mercator: height < width.
    expect(geometry.height).toBeGreaterThan(150);
    expect(geometry.height).toBeLessThan(400);
  });

  it('limits path precision to the requested digits', () => {
    for (const shape of geometry.shapes) expect(shape.d).not.toMatch(/\d\.\d\d/);
  });

  it('draws a multipart gemeente as one path with two subpaths', () => {
    const islands = geometry.shapes.find((s) => s.code === 'GM9005')!;
    expect(islands.d.match(/M/g)).toHaveLength(2);
  });

  it('puts the south-west square left of and below the north-east one', () => {
    const sw = geometry.shapes.find((s) => s.code === 'GM9001')!.centroid;
    const ne = geometry.shapes.find((s) => s.code === 'GM9003')!.centroid;
    expect(sw[0]).toBeLessThan(ne[0]);
    expect(sw[1]).toBeGreaterThan(ne[1]);
  });

  it('draws only the shared province border, not the outline', () => {
    expect(geometry.provinceBorders.match(/M/g)).toHaveLength(1);
  });

  it('throws a clear error for a missing object', () => {
    expect(() => gemeenteFeatures(topo, 'gemeente_2025')).toThrow(/no GeometryCollection "gemeente_2025"/);
  });
});

describe('rewindIfInverted', () => {
  it('reverses a ring that d3 would read as covering the whole globe', () => {
    const [feature] = gemeenteFeatures(topo, 'gemeenten');
    const inverted = {
      ...feature!,
      geometry: {
        type: 'Polygon' as const,
        coordinates: [[...(feature!.geometry as GeoJSON.Polygon).coordinates[0]!].reverse()],
      },
    };
    expect(geoArea(inverted)).toBeGreaterThan(2 * Math.PI);
    expect(geoArea(rewindIfInverted(inverted))).toBeLessThan(0.001);
  });
});

describe('renderChoroplethSvg', () => {
  const geometry = projectMap(topo, 'gemeenten', {
    width: 400,
    digits: 1,
    provinces: { topology: provinces, objectName: 'provincies' },
  });
  const entries = [
    {
      code: 'GM9001',
      name: 'Zuidwest',
      href: '/gemeenten/zuidwest/',
      type: 'tuinbouw' as const,
      label: 'Zuidwest, Tuinbouwgemeente, genoemd in bron',
    },
    {
      code: 'GM9002',
      name: 'Noordwest',
      href: '/gemeenten/noordwest/',
      type: 'homogeen' as const,
      label: 'Noordwest, Homogene gemeente',
    },
    {
      code: 'GM9003',
      name: 'Noordoost',
      href: '/gemeenten/noordoost/',
      type: 'expat' as const,
      label: 'Noordoost, Expatgemeente',
    },
    {
      code: 'GM9005',
      name: 'Eilanden & Co',
      href: '/gemeenten/eilanden-co/',
      type: 'grens' as const,
      label: 'Eilanden & Co, Grensgemeente',
      uncertain: true,
    },
  ];
  const svg = renderChoroplethSvg(geometry, entries, 'Testkaart');

  it('matches the saved rendering (numbers rounded)', async () => {
    await expect(roundNumbers(svg)).toMatchFileSnapshot('../fixtures/map/fixture-map.svg');
  });

  it('has one link per gemeente with data, named by its label, and escapes text', () => {
    expect(svg.match(/<a /g)).toHaveLength(4);
    expect(svg).toContain('aria-label="Eilanden &amp; Co, Grensgemeente"');
    expect(svg).toContain('data-type="tuinbouw"');
  });

  it('hatches only the onzeker gemeenten, in a layer hidden from assistive technology and the pointer', () => {
    const layer = svg.match(/<g class="onzeker-arcering" aria-hidden="true">(.*?)<\/g>/)?.[1] ?? '';
    expect(layer.match(/data-code="(GM\d{4})"/g)).toEqual(['data-code="GM9005"']);
    expect(svg).toContain('<pattern id="onzeker-arcering"');
  });

  it('draws a gemeente without data as "geen data" instead of dropping it', () => {
    expect(svg).toMatch(
      /<path d="[^"]+" data-code="GM9004" data-type="geen-data"><title>Zuidoost: geen gegevens<\/title>/,
    );
  });

  it('escapeXml neutralises markup characters', () => {
    expect(escapeXml(`<script>"x" & 'y'</script>`)).toBe(
      '&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;',
    );
  });
});

describe('renderChoroplethSvg with place names', () => {
  it('draws the labels hidden from assistive technology, with their level and escaped names', () => {
    const geometry = {
      width: 100,
      height: 100,
      provinceBorders: '',
      shapes: [{ code: 'GM0001', name: "'s-Gravenhage", d: 'M0,0L1,1Z', centroid: [5, 5] as [number, number] }],
    };
    const svg = renderChoroplethSvg(geometry, [], 'Kaart', [
      { code: 'GM0001', name: "'s-Gravenhage & Co", x: 5, y: 6, level: 2 },
    ]);
    expect(svg).toContain(
      '<g class="map-labels" aria-hidden="true"><text x="5" y="6" data-level="2">&#39;s-Gravenhage &amp; Co</text></g>',
    );
    expect(renderChoroplethSvg(geometry, [], 'Kaart')).not.toContain('map-labels');
  });
});
