// Every message shows a value the same bounded way: quoted strings, JSON for the rest, long
// values cut with their full length.
import { describe, expect, it } from 'vitest';
import { MAX_SHOWN, describeValue } from '../../src/model/describeValue';
import { validateStoriesFile } from '../../src/model/storySchema';

describe('describeValue', () => {
  it('quotes strings and writes other values as JSON', () => {
    expect(describeValue('ReCAAP')).toBe('"ReCAAP"');
    expect(describeValue(3)).toBe('3');
    expect(describeValue({ a: 1 })).toBe('{"a":1}');
    expect(describeValue(undefined)).toBe('nothing');
  });

  it('cuts a long value and says how long it was', () => {
    const text = describeValue('x'.repeat(200_000));
    expect(text.length).toBeLessThan(MAX_SHOWN + 30);
    expect(text).toMatch(/… \(200,002 characters\)$/);
  });

  it('bounds the stories file messages too', () => {
    const id = 'a'.repeat(200_000);
    const result = validateStoriesFile({
      version: 1,
      stories: [
        { id, title: 'T', steps: [] },
        { id, title: 'T', steps: [] },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const p of result.problems) expect(p.message.length).toBeLessThan(300);
  });
});

describe('describeValue of a value nested too deep to write out', () => {
  const deepArray = (levels: number): unknown => {
    let value: unknown = 1;
    for (let i = 0; i < levels; i += 1) value = [value];
    return value;
  };

  it('says how deep it is, in a bounded string, without throwing', () => {
    expect(describeValue(deepArray(100_000))).toBe('an array nested 100,000 levels deep');
    expect(describeValue({ a: deepArray(99_999) })).toBe('an object nested 100,000 levels deep');
    expect(describeValue(deepArray(100_000), 20)).toBe('an array nested 100… (35 characters)');
  });

  it('writes a value of ordinary depth as JSON still, and one that contains itself in words', () => {
    expect(describeValue(deepArray(3))).toBe('[[[1]]]');
    const loop: unknown[] = [];
    loop.push(loop);
    expect(describeValue(loop)).toBe('an array that contains itself');
  });
});
