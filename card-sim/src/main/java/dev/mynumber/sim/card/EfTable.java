package dev.mynumber.sim.card;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the EFs of one application from a card's contents, leaving out whatever the card lacks (an
 * absent file, key or secret answers SELECT with {@code 6A82}).
 */
final class EfTable {
    private final CardContents contents;
    private final Map<Integer, Ef> efs = new LinkedHashMap<>();

    EfTable(CardContents contents) {
        this.contents = contents;
    }

    /** Adds a transparent EF if the card has the file. */
    EfTable data(CardFile file, AccessRule read) {
        contents.file(file).ifPresent(b -> efs.put(file.fileId(), new Ef.Data(file.fileId(), b, read)));
        return this;
    }

    /** Adds a fixed placeholder EF that is the same on every card. */
    EfTable fixed(int fid, byte[] bytes, AccessRule read) {
        efs.put(fid, new Ef.Data(fid, bytes, read));
        return this;
    }

    /** Adds a record EF (record 1 = the file bytes) if the card has the file. */
    EfTable records(CardFile file, AccessRule read) {
        contents.file(file).ifPresent(b -> efs.put(file.fileId(), new Ef.Records(file.fileId(), b, read)));
        return this;
    }

    /** Adds a key reference if the card has the secret. */
    EfTable secret(CardSecret secret) {
        if (contents.hasSecret(secret)) {
            efs.put(secret.fileId(), new Ef.Secret(secret.fileId(), secret));
        }
        return this;
    }

    /** Adds a private key EF if the card has the key. */
    EfTable key(CardKey key, AccessRule use) {
        contents.key(key).ifPresent(k -> efs.put(key.fileId(), new Ef.Key(key.fileId(), key, use)));
        return this;
    }

    /** Adds an EF that may be selected but not read. */
    EfTable internal(int fid) {
        efs.put(fid, new Ef.Internal(fid));
        return this;
    }

    /** Adds a key reference that is blocked from issue. */
    EfTable blockedSecret(int fid) {
        efs.put(fid, new Ef.BlockedSecret(fid));
        return this;
    }

    /** Returns the EF with that identifier, if present. */
    Optional<Ef> find(int fid) {
        return Optional.ofNullable(efs.get(fid));
    }
}
