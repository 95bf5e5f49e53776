function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
function hex(b) { return Array.prototype.map.call(new Uint8Array(b), function (x) { return (x + 256).toString(16).slice(1); }).join(''); }
function show(v) { return v instanceof ArrayBuffer ? hex(v) : v instanceof CryptoKey ? 'key ' + v.type + ' ' + v.extractable + ' ' + JSON.stringify(v.algorithm) + ' ' + v.usages.join('/') : typeof v === 'object' ? JSON.stringify(v) : String(v); }
var s = crypto.subtle, enc = new TextEncoder(), K = {}, steps = [];
function t(label, f) { steps.push(function () { return f().then(function (v) { log(label, show(v)); }, function (e) { log(label, e.name + ':', e.message); }); }); }
var raw16 = new Uint8Array(16), raw32 = new Uint8Array(32), iv12 = new Uint8Array(12), msg = enc.encode('The quick brown fox jumps over the lazy dog');
for (var i = 0; i < 32; i++) { raw32[i] = 255 - i; if (i < 16) raw16[i] = i; if (i < 12) iv12[i] = 100 + i; }
log(typeof crypto.subtle, crypto.subtle === crypto.subtle, crypto.subtle instanceof SubtleCrypto, typeof CryptoKey);
var M = ['encrypt','decrypt','sign','verify','digest','generateKey','deriveKey','deriveBits','importKey','exportKey','wrapKey','unwrapKey','constructor'];
log(Object.getOwnPropertyNames(SubtleCrypto.prototype).filter(function (n) { return M.indexOf(n) >= 0; }).join(), Object.getOwnPropertyNames(CryptoKey.prototype).join());
log(['encrypt','decrypt','sign','verify','digest','generateKey','deriveKey','deriveBits','importKey','exportKey','wrapKey','unwrapKey'].map(function (m) { return m + s[m].length; }).join());
try { new CryptoKey(); } catch (e) { log(e.name, e.message); }
try { new SubtleCrypto(); } catch (e) { log(e.name, e.message); }
['SHA-1', 'sha-256', {name: 'SHA-384'}, 'SHA-512'].forEach(function (h) {
  t('digest ' + JSON.stringify(h), function () { return s.digest(h, msg); });
});
t('digest empty', function () { return s.digest('SHA-256', new ArrayBuffer(0)); });
t('digest view', function () { return s.digest('SHA-1', new DataView(msg.buffer, 4, 5)); });
t('hmac import', function () { return s.importKey('raw', enc.encode('key'), {name: 'HMAC', hash: 'SHA-256'}, true, ['verify', 'sign', 'sign']).then(function (k) { K.hmac = k; return k; }); });
t('hmac sign', function () { return s.sign('HMAC', K.hmac, msg); });
t('hmac verify', function () { return s.sign({name: 'hmac'}, K.hmac, msg).then(function (sig) { return s.verify('HMAC', K.hmac, sig, msg); }); });
t('hmac verify bad', function () { return s.verify('HMAC', K.hmac, new Uint8Array(32), msg); });
t('hmac export raw', function () { return s.exportKey('raw', K.hmac); });
t('hmac export jwk', function () { return s.exportKey('jwk', K.hmac); });
t('hmac 384 jwk', function () { return s.importKey('raw', enc.encode('key'), {name: 'HMAC', hash: 'SHA-384'}, true, ['verify']).then(function (k) { return s.exportKey('jwk', k); }); });
t('hmac bits', function () { return s.importKey('raw', enc.encode('key'), {name: 'HMAC', hash: 'SHA-1', length: 20}, true, ['sign']).then(function (k) { log(show(k)); return s.exportKey('jwk', k); }); });
t('hmac jwk import', function () { return s.importKey('jwk', {kty: 'oct', k: 'a2V5', alg: 'HS512', ext: true, key_ops: ['sign', 'verify']}, {name: 'HMAC', hash: 'SHA-512'}, false, ['sign']).then(function (k) { log(show(k)); return s.sign('HMAC', k, msg); }); });
t('hmac generate', function () { return s.generateKey({name: 'HMAC', hash: 'SHA-512'}, true, ['sign']).then(function (k) { log(show(k)); return s.exportKey('raw', k).then(function (r) { return r.byteLength; }); }); });
t('hmac generate 7', function () { return s.generateKey({name: 'HMAC', hash: 'SHA-1', length: 7}, true, ['sign']).then(function (k) { log(show(k)); return s.exportKey('raw', k).then(function (r) { return r.byteLength + ' ' + (new Uint8Array(r)[0] & 1); }); }); });
t('gcm import', function () { return s.importKey('raw', raw16, 'aes-gcm', true, ['decrypt', 'encrypt']).then(function (k) { K.gcm = k; return k; }); });
t('gcm encrypt', function () { return s.encrypt({name: 'AES-GCM', iv: iv12}, K.gcm, msg); });
t('gcm aad 96', function () { return s.encrypt({name: 'AES-GCM', iv: iv12, additionalData: enc.encode('aad'), tagLength: 96}, K.gcm, msg); });
t('gcm tag 32', function () { return s.encrypt({name: 'AES-GCM', iv: iv12, tagLength: 32}, K.gcm, msg); });
t('gcm tag 64 round trip', function () { return s.encrypt({name: 'AES-GCM', iv: iv12, tagLength: 64, additionalData: raw16}, K.gcm, msg).then(function (c) { return s.decrypt({name: 'AES-GCM', iv: iv12, tagLength: 64, additionalData: raw16}, K.gcm, c); }).then(function (p) { return new TextDecoder().decode(p); }); });
t('gcm tag 64 tampered', function () { return s.encrypt({name: 'AES-GCM', iv: iv12, tagLength: 64}, K.gcm, msg).then(function (c) { var b = new Uint8Array(c); b[b.length - 1] ^= 1; return s.decrypt({name: 'AES-GCM', iv: iv12, tagLength: 64}, K.gcm, b); }); });
t('gcm iv 1 byte', function () { return s.encrypt({name: 'AES-GCM', iv: new Uint8Array(1)}, K.gcm, msg); });
t('gcm round trip', function () { return s.encrypt({name: 'AES-GCM', iv: iv12}, K.gcm, msg).then(function (c) { return s.decrypt({name: 'AES-GCM', iv: iv12}, K.gcm, c); }).then(function (p) { return new TextDecoder().decode(p); }); });
t('gcm wrong aad', function () { return s.encrypt({name: 'AES-GCM', iv: iv12}, K.gcm, msg).then(function (c) { return s.decrypt({name: 'AES-GCM', iv: iv12, additionalData: raw16}, K.gcm, c); }); });
t('gcm 256', function () { return s.importKey('raw', raw32, {name: 'AES-GCM'}, true, ['encrypt']).then(function (k) { return s.encrypt({name: 'AES-GCM', iv: iv12, additionalData: msg}, k, new Uint8Array(0)); }); });
t('gcm jwk', function () { return s.exportKey('jwk', K.gcm); });
t('cbc import', function () { return s.importKey('jwk', {kty: 'oct', k: 'AAECAwQFBgcICQoLDA0ODw', alg: 'A128CBC'}, 'AES-CBC', false, ['encrypt', 'decrypt']).then(function (k) { K.cbc = k; return k; }); });
t('cbc encrypt', function () { return s.encrypt({name: 'AES-CBC', iv: raw16}, K.cbc, msg); });
t('cbc empty', function () { return s.encrypt({name: 'AES-CBC', iv: raw16}, K.cbc, new Uint8Array(0)); });
t('cbc round trip', function () { return s.encrypt({name: 'AES-CBC', iv: raw16}, K.cbc, msg).then(function (c) { return s.decrypt({name: 'AES-CBC', iv: raw16}, K.cbc, c); }).then(function (p) { return new TextDecoder().decode(p); }); });
t('cbc bad padding', function () { return s.decrypt({name: 'AES-CBC', iv: raw16}, K.cbc, new Uint8Array(32)); });
t('cbc not extractable', function () { return s.exportKey('raw', K.cbc); });
t('ctr import', function () { return s.importKey('raw', raw32, 'AES-CTR', true, ['encrypt', 'decrypt', 'wrapKey']).then(function (k) { K.ctr = k; return k; }); });
t('ctr encrypt', function () { return s.encrypt({name: 'AES-CTR', counter: raw16, length: 64}, K.ctr, msg); });
t('ctr wraps', function () { var c = new Uint8Array(16); for (var i = 0; i < 16; i++) c[i] = 255; c[0] = 1; return s.encrypt({name: 'AES-CTR', counter: c, length: 4}, K.ctr, new Uint8Array(40)); });
t('ctr wraps 20', function () { var c = new Uint8Array(16); for (var i = 0; i < 16; i++) c[i] = 255; return s.encrypt({name: 'AES-CTR', counter: c, length: 20}, K.ctr, new Uint8Array(50)); });
t('ctr too long', function () { return s.encrypt({name: 'AES-CTR', counter: new Uint8Array(16), length: 1}, K.ctr, new Uint8Array(33)); });
t('ctr decrypt', function () { return s.decrypt({name: 'AES-CTR', counter: raw16, length: 128}, K.ctr, msg); });
t('ctr jwk', function () { return s.exportKey('jwk', K.ctr); });
t('kw import', function () { return s.importKey('raw', raw16, 'AES-KW', true, ['wrapKey', 'unwrapKey']).then(function (k) { K.kw = k; return k; }); });
t('kw wrap raw', function () { return s.wrapKey('raw', K.gcm, K.kw, 'AES-KW'); });
t('kw wrap 256', function () { return s.wrapKey('raw', K.ctr, K.kw, {name: 'aes-kw'}); });
t('kw unwrap', function () { return s.wrapKey('raw', K.gcm, K.kw, 'AES-KW').then(function (w) { return s.unwrapKey('raw', w, K.kw, 'AES-KW', 'AES-CBC', true, ['decrypt']); }).then(function (k) { log(show(k)); return s.exportKey('raw', k); }); });
t('kw unwrap corrupt', function () { return s.unwrapKey('raw', new Uint8Array(24), K.kw, 'AES-KW', 'AES-CBC', true, ['decrypt']); });
t('kw wrap jwk', function () { return s.wrapKey('jwk', K.gcm, K.kw, 'AES-KW'); });
t('kw jwk', function () { return s.exportKey('jwk', K.kw); });
t('wrap jwk with cbc', function () { return s.importKey('raw', raw16, 'AES-CBC', false, ['wrapKey', 'unwrapKey']).then(function (w) { K.cbcw = w; return s.wrapKey('jwk', K.hmac, w, {name: 'AES-CBC', iv: raw16}); }); });
t('unwrap jwk with cbc', function () { return s.wrapKey('jwk', K.hmac, K.cbcw, {name: 'AES-CBC', iv: raw16}).then(function (w) { return s.unwrapKey('jwk', w, K.cbcw, {name: 'AES-CBC', iv: raw16}, {name: 'HMAC', hash: 'SHA-256'}, true, ['sign']); }).then(function (k) { log(show(k)); return s.sign('HMAC', k, msg); }); });
t('unwrap not json', function () { return s.encrypt({name: 'AES-CBC', iv: raw16}, K.cbc, enc.encode('{not json')).then(function (c) { return s.importKey('raw', raw16, 'AES-CBC', false, ['unwrapKey']); }).then(function (u) { return s.wrapKey('raw', K.gcm, K.cbcw, {name: 'AES-CBC', iv: raw16}).then(function (w) { return s.unwrapKey('jwk', w, u, {name: 'AES-CBC', iv: raw16}, 'AES-GCM', true, ['encrypt']); }); }); });
t('generate aes', function () { return s.generateKey({name: 'AES-CTR', length: 256}, true, ['encrypt']).then(function (k) { log(show(k)); return s.exportKey('raw', k).then(function (r) { return r.byteLength; }); }); });
t('generate kw', function () { return s.generateKey({name: 'AES-KW', length: 128}, false, ['wrapKey']); });
var p = Promise.resolve();
steps.forEach(function (f) { p = p.then(f); });
p.then(function () { log('done'); });
