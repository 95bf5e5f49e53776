package io.w3socket.cli;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/**
 * What a run's TLS trusts: the certificate of its embedded servers ({@link EmbeddedTls}), once
 * made, for exactly that certificate; otherwise the platform's CAs and those of {@code --trust}
 * files ({@link TrustFiles}). The platform's trust store is loaded on first use (OkHttp asks when
 * it builds the run's client, off the page's thread). Thread-safe.
 */
final class RunTrust implements X509TrustManager {
  private final EmbeddedTls embedded;

  /** Made on first use; then never changed. */
  private volatile X509TrustManager base;

  /**
   * @param embedded the run's embedded servers' certificate
   * @param base the platform's CAs and {@code --trust} files', or null for the platform's alone
   */
  RunTrust(EmbeddedTls embedded, X509TrustManager base) {
    this.embedded = embedded;
    this.base = base;
  }

  private X509TrustManager base() {
    X509TrustManager b = base;
    if (b == null) {
      synchronized (this) {
        if (base == null) {
          base = TrustFiles.platform();
        }
        b = base;
      }
    }
    return b;
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    X509Certificate ours = embedded.certificate();
    if (ours != null && chain != null && chain.length > 0 && ours.equals(chain[0])) {
      return; // our own server's, presented with a key only this process holds
    }
    base().checkServerTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    base().checkClientTrusted(chain, authType);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return base().getAcceptedIssuers();
  }
}
