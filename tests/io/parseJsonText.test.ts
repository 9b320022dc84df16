// JSON text people open: every syntax error comes back with its line and column and what was found
// there (the engine's own messages often say neither), in one bounded sentence.
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxFault } from '../../src/io/jsonSyntaxFault';
import { parseJsonText } from '../../src/io/parseJsonText';

/** The failure of `text`, or an error when it parsed. */
function failure(text: string) {
  const result = parseJsonText(text);
  if (result.ok) throw new Error('expected a syntax error, the text parsed');
  return result;
}

const place = (text: string) => {
  const { line, column } = failure(text);
  return { line, column };
};

describe('parseJsonText', () => {
  it('gives the value of valid JSON, a leading byte order mark ignored', () => {
    expect(parseJsonText('{"a": [1, 2.5e3, true, null, "\\u00e9"]}')).toEqual({
      ok: true,
      value: { a: [1, 2500, true, null, 'é'] },
    });
    expect(parseJsonText('\uFEFF[1]')).toEqual({ ok: true, value: [1] });
  });

  it('places the end of a truncated file', () => {
    const text = '{\n  "stories": [\n    {"id": "a",\n      "title": "T';
    expect(failure('{\n  "a": [1,\n  ')).toEqual({
      ok: false,
      line: 3,
      column: 3,
      message: 'unexpected end of the file at line 3, column 3',
    });
    expect(failure(text).message).toBe(
      'unexpected end of the file inside a string at line 4, column 18',
    );
  });

  it('names NaN, Infinity and undefined where they are', () => {
    expect(failure('{\n  "zoom": 1,\n  "x":  NaN\n}')).toMatchObject({
      line: 3,
      column: 9,
      message: 'NaN is not valid JSON at line 3, column 9',
    });
    expect(failure('[1, -Infinity]').message).toBe(
      '-Infinity is not valid JSON at line 1, column 5',
    );
    expect(failure('{"a": undefined}').message).toBe(
      'undefined is not valid JSON at line 1, column 7',
    );
  });

  it('places line and block comments', () => {
    expect(failure('{\n  // the stories\n  "a": 1\n}')).toMatchObject({
      line: 2,
      column: 3,
      message: 'a comment (//) is not valid JSON at line 2, column 3',
    });
    expect(failure('[1, /* two */ 2]').message).toBe(
      'a comment (/*) is not valid JSON at line 1, column 5',
    );
    expect(place('{"a": 1} // done')).toEqual({ line: 1, column: 10 });
  });

  it('places a trailing comma at the comma', () => {
    expect(failure('{"a": 1,}').message).toBe(
      'a trailing comma is not valid JSON at line 1, column 8',
    );
    expect(place('[\n  1,\n  2,\n]')).toEqual({ line: 3, column: 4 });
  });

  it('places binary garbage and says what it is', () => {
    expect(failure('\u0000\u0001PK\u0003\u0004').message).toBe(
      'expected a value, found the control character U+0000 at line 1, column 1',
    );
    expect(failure('{"a": \uFFFD\uFFFD}').message).toBe(
      'expected a value, found the replacement character U+FFFD (the file may not be text) at line 1, column 7',
    );
  });

  it('places an empty file', () => {
    expect(failure('')).toEqual({
      ok: false,
      line: 1,
      column: 1,
      message: 'the file is empty at line 1, column 1',
    });
    expect(place('  \n  ')).toEqual({ line: 2, column: 3 });
  });

  it('places the other usual mistakes', () => {
    expect(failure('[1 2]').message).toBe('expected "," or "]", found "2" at line 1, column 4');
    expect(failure("{'a': 1}").message).toBe(
      'a name in single quotes is not valid JSON at line 1, column 2',
    );
    expect(failure('{a: 1}').message).toBe('the name "a" needs double quotes at line 1, column 2');
    expect(failure('["a\nb"]').message).toBe(
      'a line break inside a string (is a closing " missing?) at line 1, column 4',
    );
    expect(failure('{"a" 1}').message).toBe(
      'expected ":" after the property name, found "1" at line 1, column 6',
    );
    expect(failure('[01]').message).toBe('the number "01" is not valid JSON at line 1, column 2');
    expect(failure('[True]').message).toBe(
      '"True" is not valid JSON (write true) at line 1, column 2',
    );
    expect(failure('["\\x"]').message).toBe('the escape \\x is not valid JSON at line 1, column 3');
    expect(failure('["\\u12"]').message).toBe(
      'a \\u escape needs four hex digits at line 1, column 3',
    );
    expect(failure('{} {}').message).toBe(
      'expected the end of the file after the JSON value, found "{" at line 1, column 4',
    );
    expect(failure('[1}').message).toBe('expected "," or "]", found "}" at line 1, column 3');
  });

  it('counts lines of Windows and old Mac line ends once each', () => {
    expect(place('[\r\n1,\r\n,]')).toEqual({ line: 3, column: 1 });
    expect(place('[\r1,\r,]')).toEqual({ line: 3, column: 1 });
  });

  it('places a fault after 100,000 open brackets without recursing, and keeps the message short', () => {
    const deep = '['.repeat(100_000);
    expect(failure(deep)).toMatchObject({ line: 1, column: 100_001 });
    expect(parseJsonText(`${deep}${']'.repeat(100_000)}`).ok).toBe(true);
    const long = failure(`[${'x'.repeat(100_000)}]`);
    expect(long.message.length).toBeLessThan(120);
  });
});

describe('the syntax scanner agrees with JSON.parse', () => {
  it('on 5,000 texts mutated from a stories file, with a fixed seed', () => {
    const base = JSON.stringify(
      {
        version: 1,
        stories: [{ id: 'a-1', title: 'Ré "q"', steps: [{ zoom: -1.5e-3, f: [true, null] }] }],
      },
      null,
      2,
    );
    const pieces = [
      '',
      ',',
      ']',
      '}',
      '[',
      '{',
      '"',
      ':',
      '\\',
      '-',
      '0',
      '1',
      'e',
      '.',
      ' ',
      '\n',
      'n',
      't',
      '/',
      '\u0000',
    ];
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (let k = 0; k < 5000; k += 1) {
      let text = base;
      for (let m = 0; m <= random(3); m += 1) {
        const at = random(text.length + 1);
        const cut = random(3);
        text = text.slice(0, at) + (pieces[random(pieces.length)] ?? '') + text.slice(at + cut);
      }
      let engineTakes = true;
      try {
        JSON.parse(text);
      } catch {
        engineTakes = false;
      }
      expect({ text, ok: parseJsonText(text).ok }).toEqual({ text, ok: engineTakes });
      // Never the fallback: the scanner finds a fault wherever the engine refuses.
      expect(findJsonSyntaxFault(text) === null).toBe(engineTakes);
    }
  });
});
