package dev.mynumber.sim.pki;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the simulator's RSA-2048 test keys once, as PKCS#8 DER files to commit as resources.
 *
 * <p>Run from the repository root (existing files are kept, so adding a key set only adds its keys):
 * <pre>
 * java -cp card-sim/target/classes dev.mynumber.sim.pki.GenerateTestKeys \
 *     card-sim/src/main/resources/dev/mynumber/sim/pki
 * </pre>
 * The keys are public test material: anything they sign is worthless outside the simulator.
 */
public final class GenerateTestKeys {

    private GenerateTestKeys() {
    }

    /** Writes every missing key file into the directory given as the only argument. */
    public static void main(String[] args) throws IOException, GeneralSecurityException {
        if (args.length != 1) {
            System.err.println("usage: GenerateTestKeys <resource directory>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4), new SecureRandom());
        int written = 0;
        for (String name : allFileNames()) {
            Path file = dir.resolve(name);
            if (!Files.exists(file)) {
                Files.write(file, generator.generateKeyPair().getPrivate().getEncoded());
                written++;
            }
        }
        System.out.println("wrote " + written + " test keys to " + dir);
    }

    static List<String> allFileNames() {
        List<String> names = new ArrayList<>();
        KeyRoles.SHARED_ROLES.forEach(r -> names.add(KeyRoles.sharedFile(r)));
        for (String set : KeyRoles.KEY_SETS) {
            KeyRoles.CARD_ROLES.forEach(r -> names.add(KeyRoles.cardFile(set, r)));
        }
        return names;
    }
}
