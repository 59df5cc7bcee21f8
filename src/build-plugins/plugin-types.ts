// The few shapes of Vite (Rollup) and webpack-chain these plugins touch, written out so that the
// package's types need neither tool installed (a webpack app has no vite, a Vite app no webpack).

export interface ResolvedIdLike {
  id: string;
}

export interface PluginContextLike {
  resolve(source: string, importer?: string, options?: { skipSelf?: boolean }): Promise<ResolvedIdLike | null>;
  parse(code: string): unknown;
}

export interface ChunkInfoLike {
  name: string;
  facadeModuleId: string | null;
}

export interface OutputOptionsLike {
  chunkFileNames?: string | ((chunk: ChunkInfoLike) => string);
}

export interface VuePluginLike {
  name: string;
  api?: { options?: { template?: { compilerOptions?: { isCustomElement?: (tag: string) => boolean } } } };
}

/** A Vite plugin, as far as these entries use one. */
export interface VitePlugin {
  name: string;
  enforce?: 'pre' | 'post';
  configResolved?: (config: { root: string; plugins: readonly VuePluginLike[] }) => void;
  resolveId?: (this: PluginContextLike, source: string, importer: string | undefined) => Promise<string | ResolvedIdLike | null> | string | null;
  transform?: (this: PluginContextLike, code: string, id: string) => { code: string; map: null } | null;
  outputOptions?: (options: OutputOptionsLike) => OutputOptionsLike | null;
}
