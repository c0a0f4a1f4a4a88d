export const homeKeys = {
  all: ['home'] as const,
  me: () => [...homeKeys.all, 'me'] as const,
  dueFollowUps: () => [...homeKeys.all, 'due-follow-ups'] as const,
  awaitingAnswers: () => [...homeKeys.all, 'awaiting-answers'] as const,
};
