import type { EventDashboard } from '@/lib/api/types';
import { BarsChart, COLORS } from './BarsChart';
import { DataTable } from './DataTable';
import { Figures } from './Figures';
import { count } from './format';

export function SpecialtiesSection({ dashboard }: { dashboard: EventDashboard }) {
  const { specialties, definitions } = dashboard;
  return (
    <section aria-labelledby="specialties-heading">
      <h2 id="specialties-heading">Specialties</h2>
      <Figures
        definitions={definitions}
        figures={[{ path: 'specialties.withoutProfile', label: 'Without a profile', value: count(specialties.withoutProfile) }]}
      />
      <DataTable
        title="Specialty mix of attendees"
        fileName="specialty-mix"
        definition={definitions['specialties.mix']}
        empty="No attendee with a profile holds a seat yet."
        rows={specialties.mix}
        rowKey={(specialty) => specialty.specialtyCode}
        columns={[
          { header: 'Specialty', value: (specialty) => specialty.specialtyName },
          { header: 'Attendees', value: (specialty) => specialty.attendees },
        ]}
        chart={
          <BarsChart
            data={specialties.mix}
            category="specialtyName"
            horizontal
            series={[{ key: 'attendees', label: 'Attendees', color: COLORS.primary }]}
          />
        }
      />
      <DataTable
        title="Which specialties met which"
        fileName="specialty-pairs"
        definition={definitions['specialties.pairs']}
        empty="No connection between attendees with profiles yet."
        rows={specialties.pairs}
        rowKey={(pair) => `${pair.specialtyA}:${pair.specialtyB}`}
        columns={[
          { header: 'Specialty', value: (pair) => pair.specialtyAName },
          { header: 'Met specialty', value: (pair) => pair.specialtyBName },
          { header: 'Connections', value: (pair) => pair.connections },
        ]}
      />
    </section>
  );
}
