import type { FollowUpTask } from '@/lib/api/types';

export interface DueDay {
  /** YYYY-MM-DD in the viewer's zone. */
  day: string;
  label: string;
  tasks: FollowUpTask[];
}

function dayKey(at: Date): string {
  const year = String(at.getFullYear());
  const month = String(at.getMonth() + 1).padStart(2, '0');
  const date = String(at.getDate()).padStart(2, '0');
  return `${year}-${month}-${date}`;
}

/**
 * Tasks grouped by the day they fall due on the viewer's own calendar, in due order; every overdue
 * task is gathered under one "Overdue" group first, whatever its day.
 */
export function groupByDueDay(tasks: FollowUpTask[], now: Date): DueDay[] {
  const today = dayKey(now);
  const overdue = tasks.filter((task) => task.overdue);
  const groups = new Map<string, FollowUpTask[]>();
  for (const task of tasks.filter((candidate) => !candidate.overdue)) {
    const key = dayKey(new Date(task.dueAt));
    groups.set(key, [...(groups.get(key) ?? []), task]);
  }
  const days = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, dayTasks]) => ({ day, label: day === today ? 'Today' : dayLabel(dayTasks[0]?.dueAt ?? day), tasks: dayTasks }));
  return overdue.length > 0 ? [{ day: 'overdue', label: 'Overdue', tasks: overdue }, ...days] : days;
}

function dayLabel(at: string): string {
  return new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'short', day: 'numeric' }).format(new Date(at));
}
