import type { EventDashboard } from '@/lib/api/types';
import { BarsChart, COLORS } from './BarsChart';
import { DataTable } from './DataTable';

export function OutcomesSection({ dashboard }: { dashboard: EventDashboard }) {
  const { outcomes, definitions } = dashboard;
  return (
    <section aria-labelledby="outcomes-heading">
      <h2 id="outcomes-heading">Outcomes</h2>
      <DataTable
        title="Referrals by month after the event"
        fileName="referrals-by-month"
        definition={definitions['outcomes.byMonth']}
        empty="No referral has been reported on connections from this event yet."
        rows={outcomes.byMonth}
        rowKey={(month) => month.month}
        columns={[
          { header: 'Month', value: (month) => month.month },
          { header: 'Months after', value: (month) => month.monthsAfter },
          { header: 'Reports', value: (month) => month.reports },
          { header: 'Referrals sent', value: (month) => month.referralsSent },
          { header: 'Referrals received', value: (month) => month.referralsReceived },
        ]}
        chart={
          <BarsChart
            data={outcomes.byMonth}
            category="month"
            series={[
              { key: 'referralsSent', label: 'Sent', color: COLORS.primary },
              { key: 'referralsReceived', label: 'Received', color: COLORS.accent },
            ]}
          />
        }
      />
    </section>
  );
}
