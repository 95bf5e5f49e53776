package io.w3socket;

import javax.net.ssl.SSLContext;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A certificate authority made at run time for {@code wss:} tests (no key files in the tree), the
 * server certificates it signs, and an OkHttp client that trusts it: what an application gives
 * {@link WebSocketOptions.Builder#client} to reach a server whose certificate a private CA signed.
 */
final class PrivateCa {
  private final HeldCertificate root;

  PrivateCa(String name) {
    root = new HeldCertificate.Builder().certificateAuthority(0).commonName(name).build();
  }

  /**
   * The server's side of TLS: a certificate signed by this CA for {@code names} only.
   *
   * @param names the certificate's subject alternative names: host names or IP addresses
   */
  SSLContext serverTls(String... names) {
    HeldCertificate.Builder leaf = new HeldCertificate.Builder().signedBy(root);
    for (String name : names) {
      leaf.addSubjectAlternativeName(name);
    }
    return new HandshakeCertificates.Builder()
        .heldCertificate(leaf.build(), root.certificate())
        .build()
        .sslContext();
  }

  /** A client that trusts this CA and no other (not even the platform's). */
  OkHttpClient trustingClient() {
    return trustingClient(new OkHttpClient.Builder());
  }

  /** {@code builder}'s client, trusting this CA and no other. */
  OkHttpClient trustingClient(OkHttpClient.Builder builder) {
    HandshakeCertificates trust =
        new HandshakeCertificates.Builder().addTrustedCertificate(root.certificate()).build();
    return builder.sslSocketFactory(trust.sslSocketFactory(), trust.trustManager()).build();
  }
}
