import { describe, expect, it } from 'vitest';
import { validateFiles } from '../helpers/validate-tree.js';

describe('the minimal fixture framework', () => {
  it('is valid with no diagnostics at all', async () => {
    expect(await validateFiles()).toEqual([]);
  });
});
