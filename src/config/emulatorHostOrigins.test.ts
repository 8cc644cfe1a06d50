import { emulatorHostOrigins } from './emulatorHostOrigins';

describe('emulatorHostOrigins', () => {
  it('adds the other loopback name, on which the emulator host page frames the tab', () => {
    expect(emulatorHostOrigins('http://localhost:4280')).toEqual(['http://localhost:4280', 'http://127.0.0.1:4280']);
    expect(emulatorHostOrigins('http://127.0.0.1:4280')).toEqual(['http://127.0.0.1:4280', 'http://localhost:4280']);
  });

  it('trusts only its own origin under any other name', () => {
    expect(emulatorHostOrigins('https://ivho.example.org')).toEqual(['https://ivho.example.org']);
  });
});
