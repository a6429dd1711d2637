package dev.mynumber.sim.card;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * The text file behind {@link FilePinCounters}: sorted {@code key=value} lines closed by a
 * {@code checksum=} line (CRC-32 of the lines before it), so an empty, cut-short or hand-edited file is
 * recognised as corrupt instead of silently giving fresh counters.
 *
 * <p>Every change is a read-modify-write of only the changed keys under a lock (an in-JVM monitor per file
 * plus a {@link FileLock} on {@code FILE.lock} across processes), then an atomic rename: several cards
 * sharing one file each keep their own keys and never overwrite each other's.
 */
final class PinStateFile {
    private static final String CHECKSUM = "checksum";
    private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();
    private final Path file;

    PinStateFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** Reads every record; an absent file is empty, a corrupt one an {@link IOException} saying so. */
    Map<String, String> read() throws IOException {
        synchronized (monitor()) {
            try (FileLock lock = lock()) {
                return load();
            }
        }
    }

    /** Writes the given keys, keeping every other record in the file as it is on disk now. */
    void update(Map<String, String> changes) throws IOException {
        synchronized (monitor()) {
            try (FileLock lock = lock()) {
                Map<String, String> records = load();
                records.putAll(changes);
                write(records);
            }
        }
    }

    private Object monitor() {
        return MONITORS.computeIfAbsent(file, f -> new Object());
    }

    private FileLock lock() throws IOException {
        FileChannel channel = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.lock();
            return new ClosingLock(channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private Map<String, String> load() throws IOException {
        Map<String, String> records = new TreeMap<>();
        if (!Files.exists(file)) {
            return records;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (LegacyPinState.looksLegacy(text)) {
            return LegacyPinState.records(text, file);
        }
        int end = text.lastIndexOf(CHECKSUM + "=");
        if (end < 0 || !(CHECKSUM + "=" + crc(text.substring(0, end)) + "\n").equals(text.substring(end))) {
            throw corrupt("it is empty, cut short or edited (checksum missing or wrong)");
        }
        for (String line : text.substring(0, end).split("\n")) {
            int eq = line.indexOf('=');
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (eq < 1) {
                throw corrupt("a line is not KEY=VALUE");
            }
            records.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return records;
    }

    private void write(Map<String, String> records) throws IOException {
        StringBuilder body = new StringBuilder(
                "# card-sim PIN try counters: <persona>.<key>=<tries left>, 0 = blocked\n");
        records.forEach((k, v) -> body.append(k).append('=').append(v).append('\n'));
        String text = body + CHECKSUM + "=" + crc(body.toString()) + "\n";
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    /** The error for a state file that cannot be trusted; the simulator refuses to start with it. */
    IOException corrupt(String why) {
        return new IOException("PIN counter state file " + file + " is corrupt: " + why
                + "; refusing to start with fresh counters (move the file away to start afresh)");
    }

    /** A file lock that also closes its channel. */
    private static final class ClosingLock extends FileLock {
        private final FileLock lock;

        ClosingLock(FileChannel channel, FileLock lock) {
            super(channel, lock.position(), lock.size(), lock.isShared());
            this.lock = lock;
        }

        @Override
        public boolean isValid() {
            return lock.isValid();
        }

        @Override
        public void release() throws IOException {
            try {
                lock.release();
            } finally {
                channel().close();
            }
        }
    }
}
