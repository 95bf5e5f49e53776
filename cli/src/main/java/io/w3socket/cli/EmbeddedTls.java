package io.w3socket.cli;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * The certificate a run's embedded servers present to {@code wss:} and {@code https:} (a page
 * written for {@code wss://echo.example/} run with {@code --map echo.example=127.0.0.1:0}, or the
 * tutorial's {@code wss://localhost:9998/}): self-signed, for the loopback names and every mapped
 * host, made when the first TLS connection reaches an embedded server (a run without one makes
 * none). Its key never leaves this process, and the run trusts exactly this certificate ({@link
 * RunTrust}), as a developer adds a local server's certificate to a browser. Thread-safe.
 */
final class EmbeddedTls {
  /** Names every embedded server answers for, besides the mapped hosts. */
  private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1");

  private final List<String> names;

  /** Guarded by this: the certificate, once made (its key is in {@link #context} only). */
  private X509Certificate certificate;

  /** Guarded by this: the servers' side of TLS, once made. */
  private SSLContext context;

  /**
   * @param mappedHosts the page hosts of {@code --map} (host names or IP addresses)
   */
  EmbeddedTls(Collection<String> mappedHosts) {
    List<String> n = new ArrayList<>(LOOPBACK);
    for (String h : mappedHosts) {
      String bare = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
      if (!n.contains(bare)) {
        n.add(bare);
      }
    }
    this.names = List.copyOf(n);
  }

  /** The embedded servers' side of TLS: made on first use. */
  synchronized SSLContext serverContext() {
    if (context == null) {
      HeldCertificate.Builder b =
          new HeldCertificate.Builder().commonName("w3socket run embedded server");
      for (String name : names) {
        b.addSubjectAlternativeName(name);
      }
      HeldCertificate held = b.build();
      certificate = held.certificate();
      context = new HandshakeCertificates.Builder().heldCertificate(held).build().sslContext();
    }
    return context;
  }

  /** The certificate the embedded servers present, or null while none has been made. */
  synchronized X509Certificate certificate() {
    return certificate;
  }
}
