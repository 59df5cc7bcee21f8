import { executeServerCommand } from '@web/test-runner-commands';

/** A file of this repo as it is on disk (the test server transforms what it serves). */
export const source = async (path: string) => (await executeServerCommand('read-source', { path })) as string;

/** The names in one folder of this repo, as repo paths. */
export const list = async (dir: string) => (await executeServerCommand('list-files', { dir })) as string[];

/** Every .ts file under `dir` (names without a dot are folders). */
export async function tsFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await list(dir)) {
    const name = entry.split('/').pop()!;
    if (name.endsWith('.ts')) files.push(entry);
    else if (!name.includes('.')) files.push(...(await tsFiles(entry)));
  }
  return files;
}
