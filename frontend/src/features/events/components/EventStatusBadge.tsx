import { Badge, type BadgeTone } from '@/components/ui/Badge';
import type { EventStatus } from '@/lib/api/types';

const STATUS: Record<EventStatus, { label: string; tone: BadgeTone }> = {
  DRAFT: { label: 'Draft', tone: 'neutral' },
  PUBLISHED: { label: 'Published', tone: 'success' },
  CANCELLED: { label: 'Cancelled', tone: 'danger' },
  COMPLETED: { label: 'Held', tone: 'primary' },
};

export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { label, tone } = STATUS[status];
  return <Badge tone={tone}>{label}</Badge>;
}
