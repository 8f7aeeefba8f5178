package io.pilothouse.core.host;

import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Trusts a server only when its certificate chains to the profile's CA and is valid for the host
 * name the profile connects to. Both checks always run, whatever the socket factory or HTTP client
 * above does, and each failure is its own exception type so the reason survives the TLS stack.
 * This side never accepts clients.
 */
final class ServerCertificateVerifier extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager caTrust;
    private final String expectedHost;
    private final DefaultHostnameVerifier names = new DefaultHostnameVerifier();

    ServerCertificateVerifier(X509ExtendedTrustManager caTrust, String expectedHost) {
        this.caTrust = Objects.requireNonNull(caTrust, "caTrust");
        this.expectedHost = Objects.requireNonNull(expectedHost, "expectedHost");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new UntrustedServerCertificate("the server sent no certificate", null, null);
        }
        try {
            // the two-argument form validates the chain only; the name is checked below, by us
            caTrust.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            throw new UntrustedServerCertificate(e.getMessage(), chain[0], e);
        }
        try {
            names.verify(expectedHost, chain[0]);
        } catch (SSLException e) {
            throw new ServerNameMismatch(expectedHost, chain[0], e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this side accepts no clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return caTrust.getAcceptedIssuers();
    }

    /** The server's certificate does not chain to the CA the profile trusts. */
    static final class UntrustedServerCertificate extends CertificateException {
        private final transient X509Certificate certificate;

        UntrustedServerCertificate(String message, X509Certificate certificate, Throwable cause) {
            super(message, cause);
            this.certificate = certificate;
        }

        /** Who issued the server's certificate, as its subject DN, or null if unknown. */
        String issuer() {
            return certificate == null ? null : certificate.getIssuerX500Principal().getName();
        }
    }

    /** The server's certificate is trusted but not valid for the name the profile connects to. */
    static final class ServerNameMismatch extends CertificateException {
        private final String host;
        private final List<String> validFor;

        ServerNameMismatch(String host, X509Certificate certificate, Throwable cause) {
            super("the certificate is not valid for " + host, cause);
            this.host = host;
            this.validFor = namesOf(certificate);
        }

        String host() {
            return host;
        }

        /** The DNS names and IP addresses the certificate is valid for (its subject alternative names). */
        List<String> validFor() {
            return validFor;
        }

        private static List<String> namesOf(X509Certificate certificate) {
            List<String> out = new ArrayList<>();
            try {
                Collection<List<?>> sans = certificate.getSubjectAlternativeNames();
                if (sans != null) {
                    for (List<?> san : sans) {
                        Object type = san.get(0);
                        if (Integer.valueOf(2).equals(type) || Integer.valueOf(7).equals(type)) {
                            out.add(String.valueOf(san.get(1)));
                        }
                    }
                }
            } catch (CertificateParsingException ignored) {
                // an unreadable extension: no names to show
            }
            if (out.isEmpty()) {
                out.add(certificate.getSubjectX500Principal().getName());
            }
            return List.copyOf(out);
        }
    }
}
