// @vitest-environment jsdom
// An exported SVG gets the label font as a <style> first in its root; text that is not an SVG
// document is given back as it was.
import { describe, expect, it } from 'vitest';
import { withStyle } from '../../../src/ui/export/embedFont';

describe('withStyle', () => {
  it('puts the rules first in the SVG root', () => {
    const svg = withStyle('<svg xmlns="http://www.w3.org/2000/svg"><text>a</text></svg>', 'x{}');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.documentElement.firstElementChild?.localName).toBe('style');
    expect(doc.documentElement.firstElementChild?.textContent).toBe('x{}');
  });

  it('gives back what is not an SVG document', () => {
    expect(withStyle('<html></html>', 'x{}')).toBe('<html></html>');
  });
});
