export const mailboxKeys = {
  all: ['dev-mailbox'] as const,
  list: () => [...mailboxKeys.all, 'list'] as const,
};
