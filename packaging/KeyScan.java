import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Finds private keys in files, folders and archives (jars inside jars included); exit status 1 if it finds one.
 *
 * <p>Run as {@code java packaging/KeyScan.java PATH...}. It looks for key-store file names (.p12, .pfx, .jks,
 * .jceks, .keystore, .bks, .key, .pk8), PEM private keys of every kind ("PRIVATE KEY-----"), JKS/JCEKS magic,
 * PKCS#12 and the DER encodings of PKCS#8 (RSA, EC, DSA, EdDSA, X25519/X448, RSASSA-PSS), PKCS#1 RSA and SEC1 EC
 * private keys. Used by packaging/test-package.sh on the installed package (docs/deployment.md).
 */
public final class KeyScan {
    private static final List<String> KEY_FILES = List.of(".p12", ".pfx", ".jks", ".jceks", ".keystore", ".bks",
            ".key", ".pk8");
    /** Hex patterns over the whole content ("." = any nibble). */
    private static final List<Pattern> DER = Stream.of(
            // PKCS#8 PrivateKeyInfo: version 0, then the algorithm's OID
            "020100300.06..(2a864886f70d010101|2a864886f70d01010a|2a8648ce3d0201|2a8648ce380401|2b6570|2b6571|2b656e|2b656f)",
            // PKCS#1 RSAPrivateKey: SEQUENCE, version 0, a long modulus
            "3082....02010002(81|82)",
            // SEC1 ECPrivateKey: SEQUENCE, version 1, a 32/48/66-byte private value
            "30(..|81..)02010104(20|30|42)",
            // PKCS#12 PFX (version 3), JKS, JCEKS magic at the start
            "^3082....02010330", "^feedfeed", "^cececece")
            .map(Pattern::compile).toList();
    private final List<String> findings = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        KeyScan scan = new KeyScan();
        for (String arg : args) {
            scan.path(Path.of(arg));
        }
        scan.findings.forEach(f -> System.out.println("PRIVATE KEY: " + f));
        System.out.println("key scan: " + scan.findings.size() + " private key(s) found in " + String.join(" ", args));
        System.exit(scan.findings.isEmpty() ? 0 : 1);
    }

    private void path(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    content(file.toString(), Files.readAllBytes(file));
                }
            }
        } else {
            content(path.toString(), Files.readAllBytes(path));
        }
    }

    private void content(String name, byte[] bytes) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (KEY_FILES.stream().anyMatch(lower::endsWith)) {
            findings.add(name + " (key-store file name)");
        }
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            zip(name, new ByteArrayInputStream(bytes));
            return;
        }
        if (new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("PRIVATE KEY-----")) {
            findings.add(name + " (PEM private key)");
        }
        String hex = HexFormat.of().formatHex(bytes);
        for (Pattern p : DER) {
            var m = p.matcher(hex);
            while (m.find()) {
                if (m.start() % 2 == 0) { // byte-aligned
                    findings.add(name + " (DER " + p.pattern().substring(0, Math.min(24, p.pattern().length()))
                            + "... at byte " + m.start() / 2 + ")");
                    break;
                }
            }
        }
    }

    private void zip(String name, InputStream in) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory()) {
                    content(name + "!/" + e.getName(), zip.readAllBytes());
                }
            }
        }
    }
}
