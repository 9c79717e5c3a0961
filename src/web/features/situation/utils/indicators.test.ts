import { describe, expect, it } from 'vitest';
import { legendStops, MAP_INDICATORS, rampColour, rampPosition } from './indicators';

describe('map indicators', () => {
  it('put each legend stop at its fifth of the ramp', () => {
    for (const key of MAP_INDICATORS) {
      const positions = legendStops(key).map((v) => rampPosition(key, v));
      positions.forEach((p, i) => expect(p).toBeCloseTo(i / 4, 1));
    }
  });

  it('colour unknown values grey and clamp the ends', () => {
    expect(rampColour(null)).toBe('#d9dde3');
    expect(rampColour(-1)).toBe(rampColour(0));
    expect(rampColour(2)).toBe('rgb(127,0,0)');
  });
});
