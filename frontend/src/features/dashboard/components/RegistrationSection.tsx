import type { EventDashboard } from '@/lib/api/types';
import { BarsChart, COLORS } from './BarsChart';
import { DataTable } from './DataTable';
import { Figures } from './Figures';
import { count } from './format';

type Slot = EventDashboard['registration']['checkInsOverTime'][number];

function timeOfDay(at: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' }).format(new Date(at));
}

export function RegistrationSection({ dashboard, timeZone }: { dashboard: EventDashboard; timeZone: string }) {
  const { registration, definitions } = dashboard;
  const slots = registration.checkInsOverTime.map((slot: Slot) => ({ ...slot, time: timeOfDay(slot.from, timeZone) }));
  return (
    <section aria-labelledby="registration-heading">
      <h2 id="registration-heading">Registration</h2>
      <Figures
        definitions={definitions}
        figures={[
          { path: 'registration.registered', label: 'Registered', value: `${count(registration.registered)} of ${count(registration.capacity)}` },
          { path: 'registration.checkedIn', label: 'Checked in', value: count(registration.checkedIn) },
          { path: 'registration.waitlisted', label: 'Waitlist', value: count(registration.waitlisted) },
          { path: 'registration.cancelled', label: 'Cancelled', value: count(registration.cancelled) },
          { path: 'registration.noShows', label: 'No-shows', value: count(registration.noShows) },
        ]}
      />
      <DataTable
        title="Check-ins over time"
        fileName="check-ins"
        definition={definitions['registration.checkInsOverTime']}
        empty="Nobody has been checked in yet."
        rows={slots}
        rowKey={(slot) => slot.from}
        columns={[
          { header: 'Quarter hour from', value: (slot) => slot.from, show: (slot) => slot.time },
          { header: 'Check-ins', value: (slot) => slot.checkIns },
        ]}
        chart={<BarsChart data={slots} category="time" series={[{ key: 'checkIns', label: 'Check-ins', color: COLORS.primary }]} />}
      />
    </section>
  );
}
