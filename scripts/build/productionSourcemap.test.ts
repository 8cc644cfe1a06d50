import { productionSourcemap } from './productionSourcemap';

describe('productionSourcemap', () => {
  it('publishes no source maps unless IVHO_SOURCEMAP=1 asks', () => {
    expect(productionSourcemap({})).toBe(false);
    expect(productionSourcemap({ IVHO_SOURCEMAP: '' })).toBe(false);
    expect(productionSourcemap({ IVHO_SOURCEMAP: '0' })).toBe(false);
    expect(productionSourcemap({ IVHO_SOURCEMAP: 'true' })).toBe(false);
    expect(productionSourcemap({ IVHO_SOURCEMAP: '1' })).toBe(true);
  });
});
