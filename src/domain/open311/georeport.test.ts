import { describe, expect, it } from 'vitest';
import {
  dueDateTime,
  isoVietnam,
  open311Status,
  parseOpen311Date,
  toOpen311Xml,
  xmlEscape,
} from './georeport.js';

describe('Open311 GeoReport v2 helpers', () => {
  it('maps final statuses and decided informal cases to closed', () => {
    expect(open311Status('received', 'feedback')).toBe('open');
    expect(open311Status('decided', 'feedback')).toBe('closed');
    expect(open311Status('decided', 'complaint')).toBe('open');
    expect(open311Status('returned_with_guidance', 'recommendation')).toBe('closed');
  });
  it('writes instants in Vietnam time with +07:00', () => {
    expect(isoVietnam('2019-10-18T11:40:00.000Z')).toBe('2019-10-18T18:40:00+07:00');
    expect(dueDateTime('2026-03-02')).toBe('2026-03-02T17:00:00+07:00');
  });
  it('parses date filters, bare dates as Vietnam midnight', () => {
    expect(parseOpen311Date('2019-10-18')?.toISOString()).toBe('2019-10-17T17:00:00.000Z');
    expect(parseOpen311Date('2019-10-18T00:00:00Z')?.toISOString()).toBe(
      '2019-10-18T00:00:00.000Z',
    );
    expect(parseOpen311Date('yesterday')).toBeNull();
  });
  it('escapes XML and names list items', () => {
    expect(xmlEscape('a<b>&"\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
    expect(
      toOpen311Xml('services', 'service', [{ service_code: 'x&y', keywords: ['a', 'b'] }], {
        keywords: 'keyword',
      }),
    ).toBe(
      '<?xml version="1.0" encoding="utf-8"?><services><service><service_code>x&amp;y</service_code><keywords><keyword>a</keyword><keyword>b</keyword></keywords></service></services>',
    );
  });
});
