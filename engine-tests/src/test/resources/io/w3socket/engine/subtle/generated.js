// Keys generated in the run: what holds for any key (round trips, lengths, shapes).
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
function hex(b) { return Array.prototype.map.call(new Uint8Array(b), function (x) { return (x + 256).toString(16).slice(1); }).join(''); }
function shape(k) { return k.type + ' ' + k.extractable + ' ' + JSON.stringify(k.algorithm) + ' ' + k.usages.join('/'); }
var s = crypto.subtle, msg = new TextEncoder().encode('The quick brown fox jumps over the lazy dog'), steps = [];
function t(label, f) { steps.push(function () { return f().then(function (v) { log(label, v); }, function (e) { log(label, e.name + ':', e.message); }); }); }
function formats(kp, pub, priv) {
  return Promise.all(pub.map(function (f) { return s.exportKey(f, kp.publicKey); }).concat(priv.map(function (f) { return s.exportKey(f, kp.privateKey); })));
}
function sameAfterReimport(kp, alg, pubUsages, privUsages) {
  // spki, jwk (public) and pkcs8, jwk (private) exports survive an import.
  return formats(kp, ['spki', 'jwk'], ['pkcs8', 'jwk']).then(function (e) {
    return Promise.all([s.importKey('spki', e[0], alg, true, pubUsages), s.importKey('jwk', e[1], alg, true, pubUsages),
      s.importKey('pkcs8', e[2], alg, true, privUsages), s.importKey('jwk', e[3], alg, true, privUsages)]).then(function (k) {
      return formats({publicKey: k[0], privateKey: k[2]}, ['spki'], ['pkcs8']).then(function (again) {
        return formats({publicKey: k[1], privateKey: k[3]}, ['jwk'], ['jwk']).then(function (jwks) {
          return [hex(again[0]) === hex(e[0]), hex(again[1]) === hex(e[2]), JSON.stringify(jwks[0]) === JSON.stringify(e[1]), JSON.stringify(jwks[1]) === JSON.stringify(e[3]), e[0].byteLength, e[2].byteLength, Object.keys(e[3]).join()].join(' ');
        });
      });
    });
  });
}
['P-256', 'P-384', 'P-521'].forEach(function (curve) {
  var alg = {name: 'ECDSA', namedCurve: curve}, hash = {'P-256': 'SHA-256', 'P-384': 'SHA-384', 'P-521': 'SHA-512'}[curve];
  t('ecdsa ' + curve, function () { return s.generateKey(alg, true, ['sign', 'verify']).then(function (kp) {
    log(shape(kp.publicKey), '|', shape(kp.privateKey), '|', Object.keys(kp).join());
    return s.sign({name: 'ECDSA', hash: hash}, kp.privateKey, msg).then(function (sig) {
      return s.verify({name: 'ECDSA', hash: hash}, kp.publicKey, sig, msg).then(function (ok) {
        var bad = new Uint8Array(sig); bad[3] ^= 1;
        return s.verify({name: 'ECDSA', hash: hash}, kp.publicKey, bad, msg).then(function (notOk) {
          return sameAfterReimport(kp, alg, ['verify'], ['sign']).then(function (r) { return sig.byteLength + ' ' + ok + ' ' + notOk + ' ' + r; });
        });
      });
    });
  }); });
  t('ecdh ' + curve, function () { var a = {name: 'ECDH', namedCurve: curve}; return Promise.all([s.generateKey(a, true, ['deriveBits']), s.generateKey(a, false, ['deriveBits'])]).then(function (kps) {
    return Promise.all([s.deriveBits({name: 'ECDH', public: kps[1].publicKey}, kps[0].privateKey, null), s.deriveBits({name: 'ECDH', public: kps[0].publicKey}, kps[1].privateKey, null)]).then(function (b) {
      return s.exportKey('raw', kps[0].publicKey).then(function (raw) {
        return s.importKey('raw', raw, a, true, []).then(function (k) { return s.deriveBits({name: 'ECDH', public: k}, kps[1].privateKey, null); }).then(function (b3) {
          return sameAfterReimport(kps[0], a, [], ['deriveBits']).then(function (r) { return b[0].byteLength + ' ' + (hex(b[0]) === hex(b[1])) + ' ' + (hex(b3) === hex(b[0])) + ' ' + raw.byteLength + ' ' + r; });
        });
      });
    });
  }); });
});
t('ed25519', function () { return s.generateKey('Ed25519', true, ['sign', 'verify']).then(function (kp) {
  log(shape(kp.publicKey), '|', shape(kp.privateKey));
  return Promise.all([s.sign('Ed25519', kp.privateKey, msg), s.sign('Ed25519', kp.privateKey, msg)]).then(function (sigs) {
    return s.verify('Ed25519', kp.publicKey, sigs[0], msg).then(function (ok) {
      return sameAfterReimport(kp, 'Ed25519', ['verify'], ['sign']).then(function (r) { return sigs[0].byteLength + ' ' + (hex(sigs[0]) === hex(sigs[1])) + ' ' + ok + ' ' + r; });
    });
  });
}); });
t('x25519', function () { return Promise.all([s.generateKey('X25519', true, ['deriveKey', 'deriveBits']), s.generateKey('X25519', true, ['deriveBits'])]).then(function (kps) {
  log(shape(kps[0].publicKey), '|', shape(kps[0].privateKey));
  return Promise.all([s.deriveBits({name: 'X25519', public: kps[1].publicKey}, kps[0].privateKey, 256), s.deriveBits({name: 'X25519', public: kps[0].publicKey}, kps[1].privateKey, 256),
    s.deriveKey({name: 'X25519', public: kps[1].publicKey}, kps[0].privateKey, {name: 'AES-GCM', length: 256}, true, ['encrypt'])]).then(function (b) {
    return s.exportKey('raw', b[2]).then(function (aes) {
      return sameAfterReimport(kps[0], 'X25519', [], ['deriveKey', 'deriveBits']).then(function (r) { return (hex(b[0]) === hex(b[1])) + ' ' + (hex(aes) === hex(b[0])) + ' ' + r; });
    });
  });
}); });
[['RSASSA-PKCS1-v1_5', {name: 'RSASSA-PKCS1-v1_5'}], ['RSA-PSS', {name: 'RSA-PSS', saltLength: 32}]].forEach(function (a) {
  t(a[0], function () { var alg = {name: a[0], modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256'}; return s.generateKey(alg, true, ['sign', 'verify']).then(function (kp) {
    log(shape(kp.publicKey).replace(/"publicExponent":\{[^}]*\}/, 'E'), '|', Array.prototype.join.call(kp.privateKey.algorithm.publicExponent), kp.privateKey.algorithm.publicExponent instanceof Uint8Array);
    return s.sign(a[1], kp.privateKey, msg).then(function (sig) {
      return s.verify(a[1], kp.publicKey, sig, msg).then(function (ok) {
        return sameAfterReimport(kp, {name: a[0], hash: 'SHA-256'}, ['verify'], ['sign']).then(function (r) { return sig.byteLength + ' ' + ok + ' ' + r.replace(/ (\d+) (\d+) /, ' '); });
      });
    });
  }); });
});
t('RSA-OAEP', function () { var alg = {name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([3]), hash: 'SHA-384'}; return s.generateKey(alg, false, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']).then(function (kp) {
  log(shape(kp.publicKey).replace(/"publicExponent":\{[^}]*\}/, 'E'), '|', shape(kp.privateKey).replace(/"publicExponent":\{[^}]*\}/, 'E'), Array.prototype.join.call(kp.publicKey.algorithm.publicExponent));
  return s.encrypt({name: 'RSA-OAEP', label: msg}, kp.publicKey, msg).then(function (c) {
    return s.decrypt({name: 'RSA-OAEP', label: msg}, kp.privateKey, c).then(function (p) { return c.byteLength + ' ' + new TextDecoder().decode(p); });
  });
}); });
var p = Promise.resolve();
steps.forEach(function (f) { p = p.then(f); });
p.then(function () { log('done'); });
