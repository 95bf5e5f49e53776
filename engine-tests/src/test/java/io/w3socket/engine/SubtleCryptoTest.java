package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * crypto.subtle (Web Crypto, https://w3c.github.io/webcrypto/) in both engines: each script prints
 * what headless Chromium 156 printed for it, line for line (digests, MACs, ciphertexts and derived
 * bits of fixed keys, exported keys, verified signatures, every error's name and message). Where
 * Chromium differs from the standard and this host follows the standard (192-bit AES keys, the
 * cached algorithm and usages objects), the scripts do not look; the README lists those.
 */
class SubtleCryptoTest {
  /** The interfaces' shape; SHA digests; HMAC keys (raw, JWK, lengths in bits), sign and verify; AES-GCM (additional data, short tags), AES-CBC, AES-CTR (the counter wrapping in its bits), AES-KW; wrapping and unwrapping raw and JWK keys. */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void digestsHmacAndAesAsChromium(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
"""
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
""");
    assertEquals(
        List.of(
"""
object true true function
decrypt,deriveBits,deriveKey,digest,encrypt,exportKey,generateKey,importKey,sign,unwrapKey,verify,wrapKey,constructor type,extractable,algorithm,usages,constructor
encrypt3,decrypt3,sign3,verify4,digest2,generateKey3,deriveKey5,deriveBits2,importKey5,exportKey2,wrapKey4,unwrapKey7
TypeError Failed to construct 'CryptoKey': Illegal constructor
TypeError Failed to construct 'SubtleCrypto': Illegal constructor
digest "SHA-1" 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12
digest "sha-256" d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592
digest {"name":"SHA-384"} ca737f1014a48f4c0b6dd43cb177b0afd9e5169367544c494011e3317dbf9a509cb1e5dc1e85a941bbee3d7f2afbc9b1
digest "SHA-512" 07e547d9586f6a73f73fbac0435ed76951218fb7d0c8d788a309d785436bbb642e93a252a954f23912547d1e8a3b5ed6e1bfd7097821233fa0538f3db854fee6
digest empty e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
digest view 9a5751d5acecf26ff7eb2b33c144efce1c69fe9a
hmac import key secret true {"name":"HMAC","hash":{"name":"SHA-256"},"length":24} sign/verify
hmac sign f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8
hmac verify true
hmac verify bad false
hmac export raw 6b6579
hmac export jwk {"alg":"HS256","ext":true,"k":"a2V5","key_ops":["sign","verify"],"kty":"oct"}
hmac 384 jwk {"alg":"HS384","ext":true,"k":"a2V5","key_ops":["verify"],"kty":"oct"}
key secret true {"name":"HMAC","hash":{"name":"SHA-1"},"length":20} sign
hmac bits {"alg":"HS1","ext":true,"k":"a2Vw","key_ops":["sign"],"kty":"oct"}
key secret false {"name":"HMAC","hash":{"name":"SHA-512"},"length":24} sign
hmac jwk import b42af09057bac1e2d41708e48a902e09b5ff7f12ab428a4fe86653c73dd248fb82f948a549f7b791a5b41915ee4d1ec3935357e4e2317250d0372afa2ebeeb3a
key secret true {"name":"HMAC","hash":{"name":"SHA-512"},"length":1024} sign
hmac generate 128
key secret true {"name":"HMAC","hash":{"name":"SHA-1"},"length":7} sign
hmac generate 7 1 0
gcm import key secret true {"name":"AES-GCM","length":128} encrypt/decrypt
gcm encrypt 4e0a2b85aa77d199f01e3562e9bd45cc56e700dff8dcb02a874fdee1d980d787d2997248ea625eb1ee3740d6d93c0a82ac4290e4ff9b3090f90435
gcm aad 96 4e0a2b85aa77d199f01e3562e9bd45cc56e700dff8dcb02a874fdee1d980d787d2997248ea625eb1ee3740fa19d98654c5a7c7b62f73de
gcm tag 32 4e0a2b85aa77d199f01e3562e9bd45cc56e700dff8dcb02a874fdee1d980d787d2997248ea625eb1ee3740d6d93c0a
gcm tag 64 round trip The quick brown fox jumps over the lazy dog
gcm tag 64 tampered OperationError:\s
gcm iv 1 byte 6e0a9b9ef19465c9170f3a7af70a648d21644d6a67e7b3f47a1fa83662e1b1af6652d9b241106a221ba5084b323e352d83ac556572f3e20a48fecf
gcm round trip The quick brown fox jumps over the lazy dog
gcm wrong aad OperationError:\s
gcm 256 64719a2809fd14b2ab527cf97f6d6917
gcm jwk {"alg":"A128GCM","ext":true,"k":"AAECAwQFBgcICQoLDA0ODw","key_ops":["encrypt","decrypt"],"kty":"oct"}
cbc import key secret false {"name":"AES-CBC","length":128} encrypt/decrypt
cbc encrypt d5f239401cf82914474428e33d8b1c9e380a8f51f8800d23a97775715faf4ba9184136f0641c6aa50af279b95be10423
cbc empty 07feef74e1d5036e900eee118e949293
cbc round trip The quick brown fox jumps over the lazy dog
cbc bad padding OperationError:\s
cbc not extractable InvalidAccessError: Failed to execute 'exportKey' on 'SubtleCrypto': key is not extractable
ctr import key secret true {"name":"AES-CTR","length":256} encrypt/decrypt/wrapKey
ctr encrypt 5fc1c0ae02b2a9840613d1fb4dc9ddb81438317cd44aba874d0bfee8c5d9ae05cc985baff0c6d6f09c75be
ctr wraps ccb36aedeae157fbc7c075b4ccd7bca71a86be6cbc00747ca04a4a421db1fadcbdacc6b01d80d873
ctr wraps 20 b4d727824518539a53cfb36284e08d0487386643003b76b903c5759bab12fda5a27632b375a0a3621ff1bd560701087caf56
ctr too long DataError: The input is too large for the counter length.
ctr decrypt 5fc1c0ae02b2a9840613d1fb4dc9ddb81438317cd44aba874d0bfee8c5d9ae05cc985baff0c6d6f09c75be
ctr jwk {"alg":"A256CTR","ext":true,"k":"__79_Pv6-fj39vX08_Lx8O_u7ezr6uno5-bl5OPi4eA","key_ops":["encrypt","decrypt","wrapKey"],"kty":"oct"}
kw import key secret true {"name":"AES-KW","length":128} wrapKey/unwrapKey
kw wrap raw 935a3eb101c34add025e170b46ff0db23e5c2fae8c8f8370
kw wrap 256 fe760c0d06b58796fbb74b5139351b939ce6539edaa1c9967e6c5f8d41406417568220a97cb8e525
key secret true {"name":"AES-CBC","length":128} decrypt
kw unwrap 000102030405060708090a0b0c0d0e0f
kw unwrap corrupt OperationError:\s
kw wrap jwk DataError: The AES-KW input data length is invalid: not a multiple of 8 bytes
kw jwk {"alg":"A128KW","ext":true,"k":"AAECAwQFBgcICQoLDA0ODw","key_ops":["wrapKey","unwrapKey"],"kty":"oct"}
wrap jwk with cbc 14caf6826c5e585679f59185f3e1135f24b9b924e8b27ce17d93bc92e1a3beced13c38b07a382382ebbdbcb5a6df12a2e0e8c8e0606e84f3c33cc9d0dcf4f71732af4bd24807bb181a9203aa44352585
key secret true {"name":"HMAC","hash":{"name":"SHA-256"},"length":24} sign
unwrap jwk with cbc f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8
unwrap not json DataError: JWK input could not be parsed to a JSON dictionary
key secret true {"name":"AES-CTR","length":256} encrypt
generate aes 32
generate kw key secret false {"name":"AES-KW","length":128} wrapKey
done
"""
                .split("\n")),
        o.out(),
        o::toString);
  }

  /** PBKDF2 and HKDF: derived bits (binary and empty passwords, an empty salt, 255 blocks), derived AES, HMAC and AES-KW keys, and their keys' errors. */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void pbkdf2AndHkdfAsChromium(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
"""
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
""");
    assertEquals(
        List.of(
"""
pbkdf2 import key secret false {"name":"PBKDF2"} deriveKey/deriveBits
pbkdf2 sha1 1 0c60c80f961f0e71f3a9b524af6012062fe037a6
pbkdf2 sha1 4096 4b007901b765489abead49d926f721d065a429c1
pbkdf2 sha256 2 blocks ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43830651afcb5c862f
pbkdf2 sha384 1b
pbkdf2 zero length\s
pbkdf2 binary password, empty salt b2a2a26fc1dc4614aed3f6285262f48453f3616837d669324adbeb28c704256aa9699a33ad76dbb6515d53261f1d51cba26a936e71d6e71cb3799f9ef17a9984
pbkdf2 empty password 47b7559a3d0cc7f744dd5ed9aa4dcfde536975aeaf2acf563b
pbkdf2 no length OperationError: No length was specified for the PBKDF2 Derive Bits operation.
pbkdf2 length 7 OperationError: Length for PBKDF2 key derivation must be a multiple of 8 bits.
pbkdf2 iterations 0 OperationError: PBKDF2 requires iterations > 0
key secret true {"name":"AES-GCM","length":256} encrypt/decrypt
pbkdf2 derive aes ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43
key secret true {"name":"HMAC","hash":{"name":"SHA-256"},"length":512} sign
pbkdf2 derive hmac ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957cae93136266537a8d7bf4b76c51094cc1ae010b19923ddc4395cd064acb023ffd1edd5ef4be8ffe61426c28e
key secret true {"name":"HMAC","hash":{"name":"SHA-1"},"length":128} sign
pbkdf2 derive hmac 128 {"alg":"HS1","ext":true,"k":"6mwBTcctb4zNHtkqzh1B8A","key_ops":["sign"],"kty":"oct"}
pbkdf2 derive hkdf OperationError: No length was specified for the PBKDF2 Derive Bits operation.
pbkdf2 derive no usages SyntaxError: Usages cannot be empty when creating a key.
pbkdf2 export NotSupportedError: Failed to execute 'exportKey' on 'SubtleCrypto': PBKDF2: Unsupported operation: exportKey
pbkdf2 shape key secret false {"name":"PBKDF2"} deriveKey/deriveBits
hkdf import key secret false {"name":"HKDF"} deriveKey/deriveBits
hkdf sha256 f83a387899f405fb64e48ee655b78972ca99400cb82f5bec0a484f1d2f1a8ab85e72e3134e394d741c61
hkdf sha1 long a3cb62376327483300cf1304d4330601ac35069181e24c1ddb942c0b0c38bbb023114731900f1ed3ba820f27a1ff5f02fd327c6329f2929964ac5184affc257680d42454a9edf11b5376ba12bce1a0d341376ffe94eaf4e1f354fc406df631f86200990a
hkdf empty key 9d73c98e791e80ebe5b4cb45693aa32fdd44b5fa3edab3ec82f9d0f4d66905e2215ad0d4ac20fe570da59a5d189fdde60e55f283703cd19bc95ebb16fc1c868e
hkdf zero length\s
hkdf too long OperationError: The length provided for HKDF is too large.
hkdf max 5100
hkdf length 12 OperationError: The length provided for HKDF is not a multiple of 8 bits.
hkdf null length OperationError: No length was specified for the HKDF Derive Bits operation.
key secret true {"name":"AES-KW","length":128} wrapKey
hkdf derive kw {"alg":"A128KW","ext":true,"k":"DKiVzwGq5pA4oPJDQc5Bog","key_ops":["wrapKey"],"kty":"oct"}
hkdf with pbkdf2 key InvalidAccessError: key.algorithm does not match that of operation
hkdf deriveKey usage InvalidAccessError: key.usages does not permit this operation
hkdf extractable SyntaxError: KDF keys must set extractable=false
hkdf jwk NotSupportedError: Unsupported import key format for algorithm
hkdf usage SyntaxError: Cannot create a key using the specified key usages.
hkdf generate NotSupportedError: Failed to execute 'generateKey' on 'SubtleCrypto': HKDF: Unsupported operation: generateKey
done
"""
                .split("\n")),
        o.out(),
        o::toString);
  }

}
