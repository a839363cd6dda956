import { describe, expect, it } from 'vitest';
import { methodLoaders } from '../../src/service/method-loaders';
import { serviceTable } from '../../src/service/service-table';

describe('the lazy method loaders (the CLI loads one method, not the table)', () => {
  it('name exactly the methods of the table', () => {
    expect(Object.keys(methodLoaders).sort()).toEqual(Object.keys(serviceTable).sort());
  });

  it.each(Object.keys(serviceTable) as (keyof typeof serviceTable)[])(
    '%s loads the very method object the table holds',
    async (name) => {
      expect(await methodLoaders[name]()).toBe(serviceTable[name]);
    },
  );
});
