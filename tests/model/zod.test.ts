// Every schema runs zod in jitless mode: no `new Function` probe for the content security policy
// to refuse.
import { describe, expect, it } from 'vitest';
import { z as zod } from 'zod';
import '../../src/model/schema';
import '../../src/model/storySchema';

describe('zod', () => {
  it('is configured jitless once the schemas are loaded', () => {
    expect(zod.config().jitless).toBe(true);
  });
});
