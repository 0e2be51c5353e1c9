/** 校样 on the page preview (README.md): what the page view mounts. */
export { PageProofControls } from './page-proof-controls';
export { PageProofLayer } from './page-proof-layer';
export { usePageProof, type PageProofState } from './use-page-proof';
