import { type ComponentProps, useMemo } from 'react';
import { SelectField } from '@/components/ui/SelectField';
import { browserTimeZone, describeOffsetNow, timeZoneIds } from '@/lib/time/zoned-time';

type TimeZoneSelectProps = Omit<ComponentProps<typeof SelectField>, 'label' | 'hint' | 'children'> & { value: string };

/** Every IANA zone the browser knows, labelled with its offset today; starts on the browser's own zone. */
export function TimeZoneSelect(props: TimeZoneSelectProps) {
  const { value } = props;
  const options = useMemo(
    () =>
      timeZoneIds([value, browserTimeZone()]).map((zone) => ({
        zone,
        label: `${zone.replaceAll('_', ' ')} (${describeOffsetNow(zone)})`,
      })),
    [value],
  );
  return (
    <SelectField {...props} label="Time zone" hint="Times below are in this zone, and attendees see them in it.">
      {options.map(({ zone, label }) => (
        <option key={zone} value={zone}>
          {label}
        </option>
      ))}
    </SelectField>
  );
}
