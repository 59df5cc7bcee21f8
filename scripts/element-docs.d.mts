// Types of element-docs.mjs (read by the browser test).
export interface ManifestLike {
  modules: Array<{ path: string; declarations?: Array<Record<string, unknown>> }>;
}
export const PUBLIC_TAGS: string[];
export const TAG_ENTRIES: Record<string, string>;
export const STYLING_START: string;
export const STYLING_END: string;
export function stylingTables(manifest: ManifestLike): string;
export function stylingTablesIn(readme: string): string | undefined;
export function withStylingTables(readme: string, tables: string): string;
export function vscodeCustomData(manifest: ManifestLike): unknown;
export function webTypes(manifest: ManifestLike, pkg: { name: string; version: string }): unknown;
