import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import pkg from '../../package.json' with { type: 'json' };
import { browserManifest, GECKO_ID, targetBrowser } from '../../scripts/build/browser-manifest.ts';

describe('browserManifest', () => {
  it('takes the version from package.json only', () => {
    expect('version' in manifest).toBe(false);
    expect(browserManifest(manifest, pkg.version, 'chrome').version).toBe(pkg.version);
    expect(browserManifest(manifest, pkg.version, 'firefox').version).toBe(pkg.version);
  });

  it('leaves the Chrome manifest as written', () => {
    expect(browserManifest(manifest, '1.2.3', 'chrome')).toEqual({ ...manifest, version: '1.2.3' });
  });

  it('gives Firefox an event-page background, its id, minimum version and data declaration', () => {
    const firefox = browserManifest(manifest, '1.2.3', 'firefox');
    expect(firefox.background).toEqual({ scripts: [manifest.background.service_worker], type: 'module' });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    // Everything a user meets is the same: permissions, content scripts, commands, pages.
    for (const key of [
      'permissions',
      'host_permissions',
      'content_scripts',
      'commands',
      'action',
      'options_ui',
    ] as const)
      expect(firefox[key]).toEqual(manifest[key]);
  });

  it('refuses an unknown TARGET_BROWSER instead of silently building for Chrome', () => {
    expect(targetBrowser(undefined)).toBe('chrome');
    expect(targetBrowser('firefox')).toBe('firefox');
    expect(() => targetBrowser('safari')).toThrow(/safari/);
  });
});
