/** The workspace folders (from pnpm-workspace.yaml) whose package has a test script, relative to `root`, sorted. */
export function testedPackageFolders(root: string): string[];
