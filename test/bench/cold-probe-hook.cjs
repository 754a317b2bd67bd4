'use strict';
/**
 * Preloaded (`node -r`) into one cold `cli.cjs probe` process by the profile benchmark
 * (cold-profile-bench.ts): records, in ms since the process's time origin, when modules
 * load and how long the first secure context, DNS, TCP connect and TLS handshake take.
 * It wraps functions; it changes no behaviour. Builtins are patched as the CLI first
 * requires them, so their load cost stays where the CLI pays it. Written to
 * $MSA_PROFILE_OUT at exit. No `require` here: builtins come from process.getBuiltinModule.
 */
const Module = process.getBuiltinModule('node:module');
const fs = process.getBuiltinModule('node:fs');
const path = process.getBuiltinModule('node:path');

const now = () => performance.now();
const events = [];
const record = (kind, name, start, extra) => events.push({ kind, name, start, end: now(), ...extra });
const x509 = { count: 0, ms: 0 };
let firstStdoutWrite = null;

function wrap(target, key, kind, extra) {
  const original = target[key];
  if (typeof original !== 'function') return;
  target[key] = function (...args) {
    const start = now();
    try {
      return original.apply(this, args);
    } finally {
      record(kind, key, start, extra ? extra(args) : {});
    }
  };
}

/** Times from a call to an event on the object it returns (connect → 'connect'). */
function untilEvent(target, key, kind, eventName) {
  const original = target[key];
  target[key] = function (...args) {
    const start = now();
    const result = original.apply(this, args);
    const emitter = result && typeof result.once === 'function' ? result : this;
    emitter.once(eventName, () => record(kind, key, start));
    return result;
  };
}

const patchers = {
  tls(tls) {
    wrap(tls, 'createSecureContext', 'secure-context', (args) => ({ roots: Array.isArray(args[0] && args[0].ca) ? args[0].ca.length : 0 }));
    untilEvent(tls, 'connect', 'tls-handshake', 'secureConnect');
    const descriptor = Object.getOwnPropertyDescriptor(tls, 'rootCertificates');
    if (descriptor && descriptor.configurable && descriptor.get) {
      let timed = false;
      Object.defineProperty(tls, 'rootCertificates', {
        ...descriptor,
        get() {
          const start = now();
          const value = descriptor.get.call(this);
          if (!timed) record('root-certificates', 'tls.rootCertificates (first access)', start, { roots: value.length });
          timed = true;
          return value;
        },
      });
    }
  },
  net(net) {
    untilEvent(net.Socket.prototype, 'connect', 'tcp-connect', 'connect');
  },
  dns(dns) {
    for (const key of ['lookup', 'resolve4', 'resolve6', 'resolveAny']) {
      const original = dns[key];
      if (typeof original !== 'function') continue;
      dns[key] = function (...args) {
        const start = now();
        const callback = args[args.length - 1];
        if (typeof callback === 'function') args[args.length - 1] = (...results) => (record('dns', key, start), callback(...results));
        return original.apply(this, args);
      };
    }
    const promises = dns.promises;
    for (const key of ['lookup', 'resolve4', 'resolve6', 'resolveMx', 'resolveTxt']) {
      const original = promises[key];
      if (typeof original !== 'function') continue;
      promises[key] = function (...args) {
        const start = now();
        return original.apply(this, args).finally(() => record('dns', `promises.${key}`, start));
      };
    }
  },
  crypto(crypto) {
    const Original = crypto.X509Certificate;
    crypto.X509Certificate = class extends Original {
      constructor(...args) {
        const start = now();
        super(...args);
        x509.count += 1;
        x509.ms += now() - start;
      }
    };
  },
};
patchers['dns/promises'] = (promises) => patchers.dns({ promises, lookup: undefined });

const patched = new Set();
let depth = 0;
const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  const start = now();
  const name = request.replace(/^node:/, '');
  const builtin = Module.isBuiltin(request);
  const firstBuiltin = builtin && !patched.has(name);
  depth += 1;
  let result;
  try {
    result = originalLoad.apply(this, [request, parent, isMain]);
  } finally {
    depth -= 1;
  }
  // A chunk is named as ./cli-chunks/… from the entry and as ./… from another chunk.
  const chunk = request.includes('cli-chunks') || (request.startsWith('.') && String(parent && parent.filename).includes('cli-chunks'));
  if (isMain || chunk || firstBuiltin || (!builtin && !request.startsWith('.'))) {
    record(isMain ? 'load-main' : builtin ? 'load-builtin' : 'load-module', builtin ? name : path.basename(request), start, { depth });
  }
  if (firstBuiltin) {
    patched.add(name);
    if (patchers[name]) patchers[name](result);
  }
  return result;
};

const write = process.stdout.write;
process.stdout.write = function (...args) {
  firstStdoutWrite ??= now();
  return write.apply(this, args);
};

process.on('exit', () => {
  const cpu = process.cpuUsage();
  const timing = performance.nodeTiming;
  fs.writeFileSync(
    process.env.MSA_PROFILE_OUT,
    JSON.stringify({
      timeOrigin: performance.timeOrigin,
      bootstrapCompleteMs: timing.bootstrapComplete,
      exitMs: now(),
      firstStdoutWriteMs: firstStdoutWrite,
      cpuUserMs: cpu.user / 1000,
      cpuSystemMs: cpu.system / 1000,
      x509,
      events,
    }),
  );
});
