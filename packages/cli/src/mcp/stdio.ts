import type { BedrockCatalog } from '@bedrock-models/catalog';
import { McpServer } from './server.js';

/** Where the server reads and writes: the process's stdio, or a test's streams. */
export interface StdioStreams {
  stdin: NodeJS.ReadableStream;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/**
 * Serves MCP over stdio: one JSON-RPC message per line on stdin, one answer per line on stdout (the MCP
 * stdio transport: messages are newline-delimited and contain no newlines). Resolves with exit code 0 when
 * stdin ends. Nothing but protocol messages is written to stdout; stderr carries a start-up line for logs.
 */
export function serveStdio(catalog: BedrockCatalog, version: string, streams: StdioStreams): Promise<number> {
  const server = new McpServer(catalog, version);
  streams.stderr.write(`bedrock-models ${version}: MCP server on stdio, catalog of ${catalog.date}\n`);
  return new Promise((resolve) => {
    let buffer = '';
    const handle = (line: string): void => {
      const trimmed = line.replace(/\r$/, '');
      if (trimmed.trim() === '') return;
      const answer = server.handleLine(trimmed);
      if (answer !== null) streams.stdout.write(`${answer}\n`);
    };
    streams.stdin.setEncoding('utf8');
    streams.stdin.on('data', (chunk: string) => {
      buffer += chunk;
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        handle(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf('\n');
      }
    });
    streams.stdin.on('end', () => {
      handle(buffer);
      resolve(0);
    });
  });
}
