import type { EventDashboard } from '@/lib/api/types';
import { BarsChart, COLORS } from './BarsChart';
import { DataTable } from './DataTable';
import { Figures } from './Figures';
import { count, kindLabel, share } from './format';

export function FollowUpSection({ dashboard }: { dashboard: EventDashboard }) {
  const { followUps, definitions } = dashboard;
  const kinds = followUps.byKind.map((kind) => ({ ...kind, label: kindLabel(kind.kind), openInTime: kind.open - kind.overdue }));
  return (
    <section aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">Follow-up</h2>
      <Figures
        definitions={definitions}
        figures={[
          { path: 'followUps.shareDoneWithinWeek', label: 'Plans done within a week', value: `${share(followUps.shareDoneWithinWeek)} (${count(followUps.doneWithinWeek)} of ${count(followUps.connectionsWithPlan)})` },
          { path: 'followUps.tasks', label: 'Tasks', value: count(followUps.tasks) },
          { path: 'followUps.done', label: 'Done', value: count(followUps.done) },
          { path: 'followUps.skipped', label: 'Skipped', value: count(followUps.skipped) },
          { path: 'followUps.open', label: 'Open', value: count(followUps.open) },
          { path: 'followUps.overdue', label: 'Overdue', value: count(followUps.overdue) },
        ]}
      />
      <DataTable
        title="Follow-up tasks by kind"
        fileName="follow-ups-by-kind"
        definition={definitions['followUps.byKind']}
        empty="No follow-up task yet: plans start when an introduction is accepted."
        rows={followUps.tasks === 0 ? [] : kinds}
        rowKey={(kind) => kind.kind}
        columns={[
          { header: 'Kind', value: (kind) => kind.label },
          { header: 'Tasks', value: (kind) => kind.tasks },
          { header: 'Done', value: (kind) => kind.done },
          { header: 'Skipped', value: (kind) => kind.skipped },
          { header: 'Open', value: (kind) => kind.open },
          { header: 'Overdue', value: (kind) => kind.overdue },
        ]}
        chart={
          <BarsChart
            data={kinds}
            category="label"
            stacked
            horizontal
            series={[
              { key: 'done', label: 'Done', color: COLORS.success },
              { key: 'skipped', label: 'Skipped', color: COLORS.muted },
              { key: 'openInTime', label: 'Open, not yet due', color: COLORS.primary },
              { key: 'overdue', label: 'Overdue', color: COLORS.danger },
            ]}
          />
        }
      />
    </section>
  );
}
