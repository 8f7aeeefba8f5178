package io.pilothouse.core.host.ssh;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The key-exchange methods JSch proposes, less its ML-KEM hybrids when the BouncyCastle on the class
 * path lacks the classes JSch's ML-KEM is written against: JSch would otherwise find that out at every
 * connect by loading BouncyCastle from its signed jar (a verification of the whole jar) only to drop them.
 */
final class KexProposal {

    static final String MLKEM_PARAMETERS = "org/bouncycastle/crypto/params/MLKEMKeyGenerationParameters.class";

    private KexProposal() {
    }

    /** {@code kex} (JSch's comma-separated list) as it can really be offered with {@code loader}'s classes. */
    static String of(String kex, ClassLoader loader) {
        if (kex == null || loader != null && loader.getResource(MLKEM_PARAMETERS) != null) {
            return kex;
        }
        return Arrays.stream(kex.split(","))
                .filter(name -> !name.startsWith("mlkem"))
                .collect(Collectors.joining(","));
    }
}
