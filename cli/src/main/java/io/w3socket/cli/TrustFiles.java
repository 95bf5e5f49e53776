package io.w3socket.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * {@code w3socket run --trust FILE}: the certificates a run's TLS trusts besides the platform's, as
 * a browser trusts a CA once it is added to its certificate store (a development server's
 * self-signed certificate, a private CA).
 */
final class TrustFiles {
  private TrustFiles() {}

  /**
   * The platform's trusted CAs and the X.509 certificates in the files (PEM, any number each, or
   * DER).
   *
   * @throws IllegalArgumentException naming the file that is missing or holds no certificate
   */
  static X509TrustManager trusting(List<Path> files) {
    List<X509Certificate> added = new ArrayList<>();
    for (Path f : files) {
      added.addAll(read(f));
    }
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (X509Certificate ca : platformTrust().getAcceptedIssuers()) {
        store.setCertificateEntry("platform-" + i++, ca);
      }
      for (X509Certificate c : added) {
        store.setCertificateEntry("trusted-" + i++, c);
      }
      return x509(store);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot make the trust store: " + e, e);
    }
  }

  private static List<X509Certificate> read(Path f) {
    Collection<? extends Certificate> certs;
    try (InputStream in = Files.newInputStream(f)) {
      certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("--trust: no such file: " + f);
    } catch (CertificateException | IOException e) {
      throw new IllegalArgumentException(
          "--trust: " + f + " holds no readable X.509 certificate (" + e.getMessage() + ")");
    }
    List<X509Certificate> out = new ArrayList<>();
    for (Certificate c : certs) {
      out.add((X509Certificate) c);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("--trust: " + f + " holds no X.509 certificate");
    }
    return out;
  }

  private static X509TrustManager platformTrust() throws GeneralSecurityException {
    return x509(null);
  }

  /** The platform's trusted CAs. */
  static X509TrustManager platform() {
    try {
      return platformTrust();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot load the platform's trust store: " + e, e);
    }
  }

  private static X509TrustManager x509(KeyStore store) throws GeneralSecurityException {
    TrustManagerFactory f =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    f.init(store);
    for (TrustManager tm : f.getTrustManagers()) {
      if (tm instanceof X509TrustManager) {
        return (X509TrustManager) tm;
      }
    }
    throw new GeneralSecurityException("no X509TrustManager from " + f.getAlgorithm());
  }
}
