import localConfig from '../../config/local.json';
import { loadEmbeddedAppConfig } from './loadEmbeddedAppConfig';

describe('loadEmbeddedAppConfig', () => {
  it('parses the configuration that @app-config points to (config/local.json under jest)', () => {
    expect(loadEmbeddedAppConfig()).toEqual({ ok: true, config: localConfig });
  });
});
