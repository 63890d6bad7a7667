/** Where a command writes, and the environment it runs in: the process's, or a test's. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** What `mcp` reads its messages from; the process's stdin when absent. */
  stdin?: NodeJS.ReadableStream;
}
