/**
 * Finds the first syntax error of a text that JSON.parse refused, and says what was found there
 * in words: the engines' own messages differ and often carry no position (a truncated file, NaN,
 * a comment, binary bytes). One loop with an explicit stack, so any nesting depth is fine.
 */
import { describeValue } from '../model/describeValue';

export interface JsonSyntaxFault {
  /** Index (UTF-16 code unit) in the text where the fault is. */
  index: number;
  /** What was found there, e.g. `NaN is not valid JSON`. */
  what: string;
}

/** Longest piece of the text quoted in a fault, characters. */
const MAX_QUOTED = 30;

type Expecting =
  /** A value: at the start, after `:` or after `,` in an array. */
  | 'value'
  /** A value or `]`: just after `[`. */
  | 'value_or_close'
  /** A property name: after `,` in an object. */
  | 'name'
  /** A property name or `}`: just after `{`. */
  | 'name_or_close'
  | 'colon'
  | 'comma_or_close'
  | 'end';

const isWhitespace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isWordChar = (c: string | undefined) => c !== undefined && /[\w$.+-]/.test(c);

/** The character at `index` in words: `"x"`, or its code point for a control character. */
function describeCharacter(text: string, index: number): string {
  const code = text.codePointAt(index) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0xfffd) return `the replacement character ${hex} (the file may not be text)`;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `the control character ${hex}`;
  return describeValue(String.fromCodePoint(code));
}

/** The word-like run of characters at `index` (a number, `NaN`, `True`…), bounded. */
function wordAt(text: string, index: number): string {
  let end = index;
  while (end < text.length && end - index <= MAX_QUOTED && isWordChar(text[end])) end += 1;
  return text.slice(index, end);
}

/** End index of a JSON number starting at `index`, or -1 when it is not one. */
function numberEnd(text: string, index: number): number {
  let i = index;
  if (text[i] === '-') i += 1;
  if (text[i] === '0') i += 1;
  else if (isDigit(text[i])) while (isDigit(text[i])) i += 1;
  else return -1;
  if (text[i] === '.') {
    i += 1;
    if (!isDigit(text[i])) return -1;
    while (isDigit(text[i])) i += 1;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i += 1;
    if (text[i] === '+' || text[i] === '-') i += 1;
    if (!isDigit(text[i])) return -1;
    while (isDigit(text[i])) i += 1;
  }
  return isWordChar(text[i]) ? -1 : i;
}

/** End index of the string starting with `"` at `index`, or the fault inside it. */
function stringEnd(text: string, index: number): number | JsonSyntaxFault {
  let i = index + 1;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '"') return i + 1;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
          return { index: i, what: 'a \\u escape needs four hex digits' };
        i += 6;
        continue;
      }
      if (next === undefined)
        return { index: text.length, what: 'unexpected end of the file inside a string' };
      if (!'"\\/bfnrt'.includes(next))
        return {
          index: i,
          what:
            next >= ' '
              ? `the escape \\${next} is not valid JSON`
              : `a backslash before ${describeCharacter(text, i + 1)} is not valid JSON`,
        };
      i += 2;
      continue;
    }
    if (c === '\n' || c === '\r')
      return { index: i, what: 'a line break inside a string (is a closing " missing?)' };
    if (c < ' ')
      return { index: i, what: `${describeCharacter(text, i)} inside a string is not valid JSON` };
    i += 1;
  }
  return { index: text.length, what: 'unexpected end of the file inside a string' };
}

/** A word where a value should be: the usual JavaScript values JSON does not have, by name. */
function wordFault(text: string, index: number): JsonSyntaxFault {
  const word = wordAt(text, index);
  if (['NaN', 'Infinity', '-Infinity', '+Infinity', 'undefined'].includes(word))
    return { index, what: `${word} is not valid JSON` };
  if (/^[-+.\d]/.test(word))
    return { index, what: `the number ${describeValue(word)} is not valid JSON` };
  if (/^(true|false|null)$/i.test(word))
    return {
      index,
      what: `${describeValue(word)} is not valid JSON (write ${word.toLowerCase()})`,
    };
  return unexpected(text, index, 'a value');
}

/** Where a JSON value starts at `index`: its end, or the fault. */
function scalarEnd(text: string, index: number): number | JsonSyntaxFault {
  const c = text[index] ?? '';
  if (c === '"') return stringEnd(text, index);
  if (c === "'") return { index, what: 'a string in single quotes is not valid JSON' };
  for (const literal of ['true', 'false', 'null'])
    if (text.startsWith(literal, index) && !isWordChar(text[index + literal.length]))
      return index + literal.length;
  if (c === '-' || isDigit(c)) {
    const end = numberEnd(text, index);
    if (end !== -1) return end;
  }
  return wordFault(text, index);
}

/** The fault at `index`, where `expected` was expected. */
function unexpected(text: string, index: number, expected: string): JsonSyntaxFault {
  const found = isWordChar(text[index])
    ? describeValue(wordAt(text, index))
    : describeCharacter(text, index);
  return { index, what: `expected ${expected}, found ${found}` };
}

const isCommentAt = (text: string, index: number) =>
  text[index] === '/' && (text[index + 1] === '/' || text[index + 1] === '*');

const TRAILING_COMMA = 'a trailing comma is not valid JSON';

/**
 * The first syntax error of `text` read as JSON from `start`, or null when it is valid JSON.
 * Meant for a text JSON.parse refused: the successful path stays with the engine.
 */
export function findJsonSyntaxFault(text: string, start = 0): JsonSyntaxFault | null {
  const open: ('[' | '{')[] = [];
  let expecting: Expecting = 'value';
  let lastComma = -1;
  let i = start;
  const afterValue = (): Expecting => (open.length === 0 ? 'end' : 'comma_or_close');

  for (;;) {
    while (i < text.length && isWhitespace(text[i] ?? '')) i += 1;
    const c = text[i];
    if (c === undefined) {
      if (expecting === 'end') return null;
      const empty = expecting === 'value' && open.length === 0;
      return { index: i, what: empty ? 'the file is empty' : 'unexpected end of the file' };
    }
    if (isCommentAt(text, i))
      return { index: i, what: `a comment (${text.slice(i, i + 2)}) is not valid JSON` };

    switch (expecting) {
      case 'value':
      case 'value_or_close': {
        if (c === ']' && expecting === 'value_or_close') {
          open.pop();
          i += 1;
          expecting = afterValue();
          break;
        }
        // 'value' inside an array is only expected after a comma.
        if (c === ']' && open[open.length - 1] === '[')
          return { index: lastComma, what: TRAILING_COMMA };
        if (c === '[' || c === '{') {
          open.push(c);
          i += 1;
          expecting = c === '[' ? 'value_or_close' : 'name_or_close';
          break;
        }
        if (c === ']' || c === '}' || c === ',' || c === ':') return unexpected(text, i, 'a value');
        const end = scalarEnd(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expecting = afterValue();
        break;
      }
      case 'name':
      case 'name_or_close': {
        if (c === '}' && expecting === 'name_or_close') {
          open.pop();
          i += 1;
          expecting = afterValue();
          break;
        }
        if (c === '}') return { index: lastComma, what: TRAILING_COMMA };
        if (c === "'") return { index: i, what: 'a name in single quotes is not valid JSON' };
        if (c !== '"') {
          if (isWordChar(c))
            return {
              index: i,
              what: `the name ${describeValue(wordAt(text, i))} needs double quotes`,
            };
          return unexpected(text, i, 'a property name in double quotes');
        }
        const end = stringEnd(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expecting = 'colon';
        break;
      }
      case 'colon':
        if (c !== ':') return unexpected(text, i, '":" after the property name');
        i += 1;
        expecting = 'value';
        break;
      case 'comma_or_close': {
        const top = open[open.length - 1];
        const close = top === '[' ? ']' : '}';
        if (c === ',') {
          lastComma = i;
          i += 1;
          expecting = top === '[' ? 'value' : 'name';
          break;
        }
        if (c === close) {
          open.pop();
          i += 1;
          expecting = afterValue();
          break;
        }
        return unexpected(text, i, `"," or "${close}"`);
      }
      case 'end':
        return unexpected(text, i, 'the end of the file after the JSON value');
    }
  }
}
