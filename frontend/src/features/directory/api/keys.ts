export interface DirectoryFilters {
  q?: string;
  specialty?: string;
  city?: string;
  wantsReferred?: string;
  refersOut?: string;
}

export const directoryKeys = {
  all: ['directory'] as const,
  event: (eventId: string, filters: DirectoryFilters) => [...directoryKeys.all, eventId, filters] as const,
  person: (attendeeId: string) => [...directoryKeys.all, 'person', attendeeId] as const,
};
