function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
function hex(b) { return Array.prototype.map.call(new Uint8Array(b), function (x) { return (x + 256).toString(16).slice(1); }).join(''); }
function show(v) { return v instanceof ArrayBuffer ? hex(v) : v instanceof CryptoKey ? 'key ' + v.type + ' ' + v.extractable + ' ' + JSON.stringify(v.algorithm) + ' ' + v.usages.join('/') : typeof v === 'object' ? JSON.stringify(v) : String(v); }
var s = crypto.subtle, enc = new TextEncoder(), K = {}, steps = [];
function t(label, f) { steps.push(function () { return f().then(function (v) { log(label, show(v)); }, function (e) { log(label, e.name + ':', e.message); }); }); }
var salt = enc.encode('salt'), raw16 = new Uint8Array(16);
for (var i = 0; i < 16; i++) raw16[i] = i;
t('pbkdf2 import', function () { return s.importKey('raw', enc.encode('password'), 'pbkdf2', false, ['deriveKey', 'deriveBits']).then(function (k) { K.pb = k; return k; }); });
t('pbkdf2 sha1 1', function () { return s.deriveBits({name: 'PBKDF2', salt: salt, iterations: 1, hash: 'SHA-1'}, K.pb, 160); });
t('pbkdf2 sha1 4096', function () { return s.deriveBits({name: 'PBKDF2', salt: salt, iterations: 4096, hash: 'SHA-1'}, K.pb, 160); });
t('pbkdf2 sha256 2 blocks', function () { return s.deriveBits({name: 'PBKDF2', salt: salt, iterations: 2, hash: 'SHA-256'}, K.pb, 320); });
t('pbkdf2 sha384', function () { return s.deriveBits({name: 'PBKDF2', salt: salt, iterations: 3, hash: {name: 'SHA-384'}}, K.pb, 8); });
t('pbkdf2 zero length', function () { return s.deriveBits({name: 'PBKDF2', salt: salt, iterations: 1, hash: 'SHA-1'}, K.pb, 0); });
t('pbkdf2 binary password, empty salt', function () { return s.importKey('raw', new Uint8Array([255, 0, 200, 128]), 'PBKDF2', false, ['deriveBits']).then(function (k) { return s.deriveBits({name: 'PBKDF2', salt: new Uint8Array(0), iterations: 3, hash: 'SHA-512'}, k, 512); }); });
t('pbkdf2 empty password', function () { return s.importKey('raw', new Uint8Array(0), 'PBKDF2', false, ['deriveBits']).then(function (k) { return s.deriveBits({name: 'PBKDF2', salt: raw16, iterations: 3, hash: 'SHA-384'}, k, 200); }); });
t('pbkdf2 no length', function () { return s.deriveBits({name: 'PBKDF2', salt: salt, iterations: 1, hash: 'SHA-1'}, K.pb); });
t('pbkdf2 length 7', function () { return s.deriveBits({name: 'PBKDF2', salt: salt, iterations: 1, hash: 'SHA-1'}, K.pb, 7); });
t('pbkdf2 iterations 0', function () { return s.deriveBits({name: 'PBKDF2', salt: salt, iterations: 0, hash: 'SHA-1'}, K.pb, 128); });
t('pbkdf2 derive aes', function () { return s.deriveKey({name: 'PBKDF2', salt: salt, iterations: 2, hash: 'SHA-256'}, K.pb, {name: 'AES-GCM', length: 256}, true, ['encrypt', 'decrypt']).then(function (k) { log(show(k)); return s.exportKey('raw', k); }); });
t('pbkdf2 derive hmac', function () { return s.deriveKey({name: 'PBKDF2', salt: salt, iterations: 2, hash: 'SHA-1'}, K.pb, {name: 'HMAC', hash: 'SHA-256'}, true, ['sign']).then(function (k) { log(show(k)); return s.exportKey('raw', k); }); });
t('pbkdf2 derive hmac 128', function () { return s.deriveKey({name: 'PBKDF2', salt: salt, iterations: 2, hash: 'SHA-1'}, K.pb, {name: 'HMAC', hash: 'SHA-1', length: 128}, true, ['sign']).then(function (k) { log(show(k)); return s.exportKey('jwk', k); }); });
t('pbkdf2 derive hkdf', function () { return s.deriveKey({name: 'PBKDF2', salt: salt, iterations: 2, hash: 'SHA-1'}, K.pb, 'HKDF', false, ['deriveBits']); });
t('pbkdf2 derive no usages', function () { return s.deriveKey({name: 'PBKDF2', salt: salt, iterations: 2, hash: 'SHA-1'}, K.pb, {name: 'AES-CBC', length: 128}, true, []); });
t('pbkdf2 export', function () { return s.exportKey('raw', K.pb); });
t('pbkdf2 shape', function () { return Promise.resolve(show(K.pb)); });
t('hkdf import', function () { return s.importKey('raw', raw16, 'HKDF', false, ['deriveBits', 'deriveKey']).then(function (k) { K.hk = k; return k; }); });
t('hkdf sha256', function () { return s.deriveBits({name: 'HKDF', salt: salt, info: enc.encode('info'), hash: 'SHA-256'}, K.hk, 336); });
t('hkdf sha1 long', function () { return s.deriveBits({name: 'HKDF', salt: new Uint8Array(0), info: new Uint8Array(0), hash: 'SHA-1'}, K.hk, 800); });
t('hkdf empty key', function () { return s.importKey('raw', new Uint8Array(0), 'HKDF', false, ['deriveBits']).then(function (k) { return s.deriveBits({name: 'HKDF', salt: new Uint8Array(0), info: new Uint8Array(0), hash: 'SHA-512'}, k, 512); }); });
t('hkdf zero length', function () { return s.deriveBits({name: 'HKDF', salt: salt, info: salt, hash: 'SHA-1'}, K.hk, 0); });
t('hkdf too long', function () { return s.deriveBits({name: 'HKDF', salt: salt, info: salt, hash: 'SHA-1'}, K.hk, 160 * 255 + 8); });
t('hkdf max', function () { return s.deriveBits({name: 'HKDF', salt: salt, info: salt, hash: 'SHA-1'}, K.hk, 160 * 255).then(function (b) { return b.byteLength; }); });
t('hkdf length 12', function () { return s.deriveBits({name: 'HKDF', salt: salt, info: salt, hash: 'SHA-1'}, K.hk, 12); });
t('hkdf null length', function () { return s.deriveBits({name: 'HKDF', salt: salt, info: salt, hash: 'SHA-1'}, K.hk, null); });
t('hkdf derive kw', function () { return s.deriveKey({name: 'HKDF', salt: salt, info: salt, hash: 'SHA-384'}, K.hk, {name: 'AES-KW', length: 128}, true, ['wrapKey']).then(function (k) { log(show(k)); return s.exportKey('jwk', k); }); });
t('hkdf with pbkdf2 key', function () { return s.deriveBits({name: 'HKDF', salt: salt, info: salt, hash: 'SHA-1'}, K.pb, 128); });
t('hkdf deriveKey usage', function () { return s.importKey('raw', raw16, 'HKDF', false, ['deriveBits']).then(function (k) { return s.deriveKey({name: 'HKDF', salt: salt, info: salt, hash: 'SHA-1'}, k, {name: 'AES-GCM', length: 128}, true, ['encrypt']); }); });
t('hkdf extractable', function () { return s.importKey('raw', raw16, 'HKDF', true, ['deriveBits']); });
t('hkdf jwk', function () { return s.importKey('jwk', {kty: 'oct', k: 'AA'}, 'HKDF', false, ['deriveBits']); });
t('hkdf usage', function () { return s.importKey('raw', raw16, 'HKDF', false, ['sign']); });
t('hkdf generate', function () { return s.generateKey('HKDF', false, ['deriveBits']); });
var p = Promise.resolve();
steps.forEach(function (f) { p = p.then(f); });
p.then(function () { log('done'); });
