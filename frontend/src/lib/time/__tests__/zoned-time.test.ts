import { localToRfc3339, toLocalInZone, zonedToEpochMs } from '../zoned-time';

describe('zoned time', () => {
  it('writes a wall-clock time with the zone’s offset on that date', () => {
    expect(localToRfc3339('2025-06-05T18:30', 'America/New_York')).toBe('2025-06-05T18:30:00-04:00');
    expect(localToRfc3339('2025-12-05T18:30', 'America/New_York')).toBe('2025-12-05T18:30:00-05:00');
    expect(localToRfc3339('2025-06-05T18:30', 'Asia/Kolkata')).toBe('2025-06-05T18:30:00+05:30');
    expect(localToRfc3339('2025-06-05T18:30', 'UTC')).toBe('2025-06-05T18:30:00+00:00');
  });

  it('shows an instant as the wall-clock time in another zone', () => {
    expect(toLocalInZone('2025-06-05T22:30:00Z', 'America/Los_Angeles')).toBe('2025-06-05T15:30');
    expect(toLocalInZone('2025-06-05T18:30:00-04:00', 'America/Montreal')).toBe('2025-06-05T18:30');
  });

  it('moves a time skipped by the spring jump forward, and takes the earlier of an autumn repeat', () => {
    expect(localToRfc3339('2025-03-09T02:30', 'America/New_York')).toBe('2025-03-09T03:30:00-04:00');
    expect(localToRfc3339('2025-11-02T01:30', 'America/New_York')).toBe('2025-11-02T01:30:00-04:00');
  });

  it('refuses anything that is not a full date and time', () => {
    expect(zonedToEpochMs('2025-06-05', 'America/New_York')).toBeUndefined();
    expect(localToRfc3339('', 'America/New_York')).toBeUndefined();
  });
});
