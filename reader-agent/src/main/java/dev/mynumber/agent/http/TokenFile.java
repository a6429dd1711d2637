package dev.mynumber.agent.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes the native-client token to a file only the OS user can read (owner-only: {@code rw-------}).
 *
 * <p>The file is created with its permissions set at creation (no window where it is world-readable) and
 * moved into place atomically. A new token is written at every start.
 */
public final class TokenFile {
    private TokenFile() {
    }

    /**
     * Writes a fresh token.
     *
     * @param file where (its folder is created owner-only if missing)
     * @return the token
     * @throws IOException if it cannot be written
     */
    public static String writeNew(Path file) throws IOException {
        String token = Tokens.random();
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Path tmp = Files.createTempFile(dir, ".token", ".tmp", attrs);
        Files.writeString(tmp, token + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return token;
    }
}
