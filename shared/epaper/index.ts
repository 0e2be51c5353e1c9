export * from './hot-zones';
export * from './html';
export * from './folder';
