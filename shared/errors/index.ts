export * from './catalogue';
export * from './translate';
export * from './zod-issue';
export * from './schema';
