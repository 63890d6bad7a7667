// Preloaded with `node --import` into a process that must not use the network: replaces every API that
// opens a socket or resolves a host name with a stub that records the attempt (one JSON line per attempt,
// appended to $OFFLINE_GUARD_LOG) and throws, so nothing leaves the machine even in the control test that
// tries on purpose. $OFFLINE_GUARD_LOADED, if set, names a file written when the guard is installed.
import { appendFileSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import dgram from 'node:dgram';

const log = process.env.OFFLINE_GUARD_LOG;

function blocked(api) {
  return function offlineGuard() {
    const stack =
      new Error().stack
        ?.split('\n')
        .slice(2, 8)
        .map((line) => line.trim()) ?? [];
    if (log) appendFileSync(log, `${JSON.stringify({ api, pid: process.pid, stack })}\n`);
    throw new Error(`offline guard: ${api} was called; the plugin and the catalog must not use the network`);
  };
}

const stubs = [
  [net, 'connect'],
  [net, 'createConnection'],
  [net.Socket.prototype, 'connect', 'net.Socket.prototype.connect'],
  [tls, 'connect'],
  [http, 'request'],
  [http, 'get'],
  [https, 'request'],
  [https, 'get'],
  [dgram, 'createSocket'],
  [dns, 'lookup'],
  [dns, 'resolve'],
  [dns, 'resolve4'],
  [dns, 'resolve6'],
  [dns, 'resolveAny'],
  [dns.promises, 'lookup', 'dns.promises.lookup'],
  [dns.promises, 'resolve', 'dns.promises.resolve'],
  [globalThis, 'fetch', 'fetch'],
];
const modules = new Map([
  [net, 'net'],
  [tls, 'tls'],
  [http, 'http'],
  [https, 'https'],
  [dgram, 'dgram'],
  [dns, 'dns'],
]);
for (const [target, name, label] of stubs) {
  target[name] = blocked(label ?? `${modules.get(target)}.${name}`);
}
// `import { connect } from 'node:net'` reads the ES module namespace, which is a copy: update it too.
syncBuiltinESMExports();
if (process.env.OFFLINE_GUARD_LOADED) writeFileSync(process.env.OFFLINE_GUARD_LOADED, String(process.pid));
