export * from './story';
export * from './text';
