import { describe, expect, it } from 'vitest';
import { resolveLibraryDir } from '../../src/node/library-location';

describe('where the variant library lives', () => {
  it('uses the app-data folder of each OS by default', () => {
    expect(resolveLibraryDir({ env: {}, platform: 'linux', home: '/home/ada' })).toBe(
      '/home/ada/.config/Tailor/variants',
    );
    expect(resolveLibraryDir({ env: { XDG_CONFIG_HOME: '/cfg' }, platform: 'linux', home: '/home/ada' })).toBe(
      '/cfg/Tailor/variants',
    );
    expect(resolveLibraryDir({ env: { XDG_CONFIG_HOME: 'relative' }, platform: 'linux', home: '/home/ada' })).toBe(
      '/home/ada/.config/Tailor/variants',
    );
    expect(resolveLibraryDir({ env: {}, platform: 'darwin', home: '/Users/ada' })).toBe(
      '/Users/ada/Library/Application Support/Tailor/variants',
    );
    expect(
      resolveLibraryDir({
        env: { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' },
        platform: 'win32',
        home: 'C:\\Users\\ada',
      }),
    ).toBe('C:\\Users\\ada\\AppData\\Roaming\\Tailor\\variants');
  });

  it('lets TAILOR_LIBRARY and then --library override it', () => {
    const env = { TAILOR_LIBRARY: '/sync/variants', XDG_CONFIG_HOME: '/cfg' };
    expect(resolveLibraryDir({ env, platform: 'linux', home: '/home/ada' })).toBe('/sync/variants');
    expect(resolveLibraryDir({ env, flag: 'mine', platform: 'linux', home: '/home/ada', cwd: '/work' })).toBe(
      '/work/mine',
    );
    expect(resolveLibraryDir({ env: { TAILOR_LIBRARY: '  ' }, platform: 'linux', home: '/h' })).toBe(
      '/h/.config/Tailor/variants',
    );
  });
});
