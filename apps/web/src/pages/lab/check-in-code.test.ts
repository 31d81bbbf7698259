import { describe, expect, it } from 'vitest';
import { codeWaitMs, countdownWords, svgImageSource } from './check-in-code';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path stroke="#000" d="M4 4.5h7"/></svg>\n';

describe('svgImageSource', () => {
  it('makes an image address of the server’s SVG, every special character escaped', () => {
    const source = svgImageSource(SVG)!;
    expect(source.startsWith('data:image/svg+xml;utf8,%3Csvg%20')).toBe(true);
    expect(source).not.toMatch(/[<>"#\s]/);
    expect(decodeURIComponent(source.slice('data:image/svg+xml;utf8,'.length))).toBe(SVG.trim());
  });

  it('accepts an XML declaration before the svg element', () => {
    expect(svgImageSource(`<?xml version="1.0" encoding="utf-8"?>\n${SVG}`)).not.toBeNull();
  });

  it('refuses anything that is not an SVG document', () => {
    expect(svgImageSource('<img src=x onerror=alert(1)>')).toBeNull();
    expect(svgImageSource('<svgx></svgx>')).toBeNull();
    expect(svgImageSource('<svg>')).toBeNull();
    expect(svgImageSource('')).toBeNull();
  });
});

describe('codeWaitMs', () => {
  const received = Date.parse('2026-12-04T16:00:20.000Z');

  it('waits until the code’s minute ends when the clocks agree', () => {
    expect(codeWaitMs('2026-12-04T16:01:00.000Z', received)).toBe(40_000);
  });

  it('never waits longer than a code lives, however far behind this screen’s clock is', () => {
    expect(codeWaitMs('2026-12-04T16:09:00.000Z', received)).toBe(60_000);
  });

  it('asks again after five seconds when this screen’s clock is ahead, or the date unreadable', () => {
    expect(codeWaitMs('2026-12-04T15:59:00.000Z', received)).toBe(5_000);
    expect(codeWaitMs('not a date', received)).toBe(5_000);
  });
});

describe('countdownWords', () => {
  it('counts whole seconds up, then says a new code is coming', () => {
    expect(countdownWords(41_200)).toBe('New code in 42 s');
    expect(countdownWords(0)).toBe('Getting a new code');
    expect(countdownWords(-500)).toBe('Getting a new code');
  });
});
