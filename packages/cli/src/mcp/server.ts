import type { BedrockCatalog } from '@bedrock-models/catalog';
import { validate } from './schema.js';
import { ToolArgumentError, TOOLS } from './tools.js';

// A Model Context Protocol server (https://modelcontextprotocol.io/specification/2025-06-18): JSON-RPC 2.0
// messages, the lifecycle (initialize with protocol version negotiation, notifications/initialized), ping, and
// tools (tools/list, tools/call). The maintained SDK (@modelcontextprotocol/sdk) brings HTTP servers, auth and
// schema libraries a stdio server of five offline tools does not need, so this is the small subset by hand.

/** Protocol revisions this server speaks, newest first. */
export const PROTOCOL_VERSIONS = ['2025-06-18', '2025-03-26', '2024-11-05'] as const;

/** JSON-RPC 2.0 error codes. */
export const ERROR_CODES = { parseError: -32700, invalidRequest: -32600, methodNotFound: -32601, invalidParams: -32602, internalError: -32603 } as const;

type Id = string | number | null;

/** A JSON-RPC response. */
export type Response = { jsonrpc: '2.0'; id: Id; result: unknown } | { jsonrpc: '2.0'; id: Id; error: { code: number; message: string; data?: unknown } };

class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }
}

/** Answers MCP messages from one catalog. Holds the negotiated protocol version. */
export class McpServer {
  private protocolVersion: string = PROTOCOL_VERSIONS[0];

  constructor(
    private readonly catalog: BedrockCatalog,
    private readonly version: string,
  ) {}

  /**
   * Handles one line of the stdio transport (a JSON-RPC message) and returns the line to answer with, or
   * null for notifications and responses. Never throws: every failure is a JSON-RPC error.
   */
  handleLine(line: string): string | null {
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch (error) {
      return JSON.stringify(failure(null, new RpcError(ERROR_CODES.parseError, `Parse error: ${(error as Error).message}`)));
    }
    const response = this.handle(message);
    return response === null ? null : JSON.stringify(response);
  }

  /** Handles one parsed JSON-RPC message. */
  handle(message: unknown): Response | null {
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      return failure(
        null,
        new RpcError(
          ERROR_CODES.invalidRequest,
          Array.isArray(message) ? 'Invalid Request: batches are not supported' : 'Invalid Request: not a JSON-RPC object',
        ),
      );
    }
    const record = message as Record<string, unknown>;
    const hasId = Object.hasOwn(record, 'id');
    const id = hasId && (typeof record.id === 'string' || typeof record.id === 'number') ? record.id : null;
    if (typeof record.method !== 'string') {
      // A response from the client (we send no requests), or nonsense.
      if (hasId && (Object.hasOwn(record, 'result') || Object.hasOwn(record, 'error'))) return null;
      return failure(id, new RpcError(ERROR_CODES.invalidRequest, 'Invalid Request: no method'));
    }
    if (record.jsonrpc !== '2.0') return hasId ? failure(id, new RpcError(ERROR_CODES.invalidRequest, "Invalid Request: jsonrpc must be '2.0'")) : null;
    if (hasId && id === null) return failure(null, new RpcError(ERROR_CODES.invalidRequest, 'Invalid Request: id must be a string or a number'));
    const params = record.params ?? {};
    // Notifications get no answer, whatever they are.
    if (!hasId) return null;
    try {
      if (typeof params !== 'object' || params === null || Array.isArray(params))
        throw new RpcError(ERROR_CODES.invalidParams, 'Invalid params: params must be an object');
      return { jsonrpc: '2.0', id, result: this.dispatch(record.method, params as Record<string, unknown>) };
    } catch (error) {
      if (error instanceof RpcError) return failure(id, error);
      return failure(id, new RpcError(ERROR_CODES.internalError, `Internal error: ${(error as Error).message}`));
    }
  }

  private dispatch(method: string, params: Record<string, unknown>): unknown {
    switch (method) {
      case 'initialize':
        return this.initialize(params);
      case 'ping':
        return {};
      case 'tools/list':
        return { tools: TOOLS.map(({ name, title, description, inputSchema }) => ({ name, title, description, inputSchema })) };
      case 'tools/call':
        return this.callTool(params);
      default:
        throw new RpcError(ERROR_CODES.methodNotFound, `Method not found: ${method}`);
    }
  }

  // Version negotiation: answer with the client's version when this server speaks it, else with the newest one.
  private initialize(params: Record<string, unknown>): unknown {
    const requested = params.protocolVersion;
    if (typeof requested !== 'string')
      throw new RpcError(ERROR_CODES.invalidParams, 'Invalid params: params.protocolVersion must be a string', { field: 'params.protocolVersion' });
    this.protocolVersion = (PROTOCOL_VERSIONS as readonly string[]).includes(requested) ? requested : PROTOCOL_VERSIONS[0];
    return {
      protocolVersion: this.protocolVersion,
      capabilities: { tools: { listChanged: false } },
      serverInfo: { name: 'bedrock-models', title: 'Amazon Bedrock model catalog', version: this.version },
      instructions: `Answers from the bundled @bedrock-models/catalog (data of ${this.catalog.date}), offline: look up model IDs, list models, find the ID to call from a region, check code snippets, explain Bedrock runtime errors.`,
    };
  }

  private callTool(params: Record<string, unknown>): unknown {
    const { name } = params;
    if (typeof name !== 'string') throw new RpcError(ERROR_CODES.invalidParams, 'Invalid params: params.name must be a string', { field: 'params.name' });
    const tool = TOOLS.find((candidate) => candidate.name === name);
    if (!tool)
      throw new RpcError(
        ERROR_CODES.invalidParams,
        `Unknown tool in params.name: ${name} (the tools are ${TOOLS.map((candidate) => candidate.name).join(', ')})`,
        { field: 'params.name' },
      );
    const args = params.arguments ?? {};
    const issue = validate(args, tool.inputSchema, 'arguments');
    if (issue) throw new RpcError(ERROR_CODES.invalidParams, `Invalid params for ${name}: ${issue.field} ${issue.message}`, { field: issue.field });
    let result: unknown;
    try {
      result = tool.run(args as Record<string, unknown>, this.catalog);
    } catch (error) {
      if (error instanceof ToolArgumentError)
        throw new RpcError(ERROR_CODES.invalidParams, `Invalid params for ${name}: ${error.message}`, { field: error.field });
      throw error;
    }
    const text = JSON.stringify(result, null, 2);
    // Structured tool output arrived with protocol revision 2025-06-18.
    return this.protocolVersion >= '2025-06-18'
      ? { content: [{ type: 'text', text }], structuredContent: result, isError: false }
      : { content: [{ type: 'text', text }], isError: false };
  }
}

function failure(id: Id, error: RpcError): Response {
  return { jsonrpc: '2.0', id, error: { code: error.code, message: error.message, ...(error.data === undefined ? {} : { data: error.data }) } };
}
