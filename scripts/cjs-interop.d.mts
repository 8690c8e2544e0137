/** See cjs-interop.mjs. */
export function shareNodeModeNamespaces(text: string): string;
