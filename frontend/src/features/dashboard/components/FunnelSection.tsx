import type { EventDashboard } from '@/lib/api/types';
import { BarsChart, COLORS } from './BarsChart';
import { DataTable } from './DataTable';
import { Figures } from './Figures';
import { count, duration, share } from './format';

const ORIGINS = { INTRODUCTION: 'Introduction', SCAN: 'Scanned code' } as const;

export function FunnelSection({ dashboard }: { dashboard: EventDashboard }) {
  const { introductions, connections, definitions } = dashboard;
  const stages = [
    { path: 'introductions.requested', stage: 'Requested', introductions: introductions.requested },
    { path: 'introductions.pending', stage: 'Waiting for an answer', introductions: introductions.pending },
    { path: 'introductions.accepted', stage: 'Accepted', introductions: introductions.accepted },
    { path: 'introductions.declined', stage: 'Declined', introductions: introductions.declined },
    { path: 'introductions.withdrawn', stage: 'Withdrawn', introductions: introductions.withdrawn },
    { path: 'introductions.expired', stage: 'Expired', introductions: introductions.expired },
    { path: 'introductions.met', stage: 'Met', introductions: introductions.met },
  ];
  const allowance = connections.attendees * introductions.openRequestLimit;
  const allowanceRows = [
    { path: 'introductions.openRequestLimit', figure: 'Open requests allowed per attendee', value: introductions.openRequestLimit },
    { path: 'introductions.allowanceUsed', figure: 'Requests counted against the allowance', value: introductions.allowanceUsed },
    { path: 'introductions.allowance', figure: 'Allowance of all seated attendees', value: allowance },
  ];
  const origins = connections.byOrigin.map((origin) => ({ ...origin, label: ORIGINS[origin.origin] }));
  return (
    <section aria-labelledby="funnel-heading">
      <h2 id="funnel-heading">Introduction funnel</h2>
      <Figures
        definitions={definitions}
        figures={[
          { path: 'introductions.acceptanceRate', label: 'Acceptance rate', value: share(introductions.acceptanceRate) },
          { path: 'introductions.medianSecondsToAnswer', label: 'Median time to answer', value: duration(introductions.medianSecondsToAnswer) },
          { path: 'introductions.brokered', label: 'Brokered', value: count(introductions.brokered) },
          { path: 'introductions.selfRequested', label: 'Self-requested', value: count(introductions.selfRequested) },
          { path: 'introductions.shareOfAllowanceUsed', label: 'Request allowance used', value: `${share(introductions.shareOfAllowanceUsed)} (${count(introductions.allowanceUsed)} of ${count(allowance)})` },
          { path: 'connections.shareConnected', label: 'Attendees with a connection', value: `${share(connections.shareConnected)} (${count(connections.attendeesConnected)} of ${count(connections.attendees)})` },
        ]}
      />
      <DataTable
        title="Introductions by stage"
        fileName="introduction-funnel"
        definition={definitions['introductions.requested']}
        empty="No introduction has been proposed yet."
        rows={introductions.requested === 0 ? [] : stages}
        rowKey={(stage) => stage.path}
        columns={[
          { header: 'Stage', value: (stage) => stage.stage },
          { header: 'Introductions', value: (stage) => stage.introductions },
        ]}
        chart={<BarsChart data={stages} category="stage" horizontal series={[{ key: 'introductions', label: 'Introductions', color: COLORS.primary }]} />}
      />
      <DataTable
        title="Request allowance"
        fileName="request-allowance"
        definition={definitions['introductions.shareOfAllowanceUsed']}
        empty="Nobody holds a seat yet, so there is no allowance to use."
        rows={connections.attendees === 0 ? [] : allowanceRows}
        rowKey={(row) => row.path}
        columns={[
          { header: 'Figure', value: (row) => row.figure },
          { header: 'Requests', value: (row) => row.value },
        ]}
      />
      <DataTable
        title="Connections by origin"
        fileName="connections-by-origin"
        definition={definitions['connections.byOrigin']}
        empty="No connection has been made at this event yet."
        rows={origins.some((origin) => origin.connections > 0) ? origins : []}
        rowKey={(origin) => origin.origin}
        columns={[
          { header: 'Origin', value: (origin) => origin.label },
          { header: 'Connections', value: (origin) => origin.connections },
        ]}
      />
    </section>
  );
}
