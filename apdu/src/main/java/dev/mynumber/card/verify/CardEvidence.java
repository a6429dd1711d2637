package dev.mynumber.card.verify;

import dev.mynumber.card.CvCertificate;
import dev.mynumber.card.textap.ApKey;
import dev.mynumber.card.textap.BasicAttributes;
import dev.mynumber.card.textap.IntegrityRecord;
import dev.mynumber.card.textap.MyNumber;
import dev.mynumber.card.visualap.CardFace;
import java.util.Optional;

/**
 * What was read from one card, to be verified: any part may be absent, and its checks are then NOT_CHECKED.
 *
 * <p>Build with {@link #builder()}. The challenge signers are live card operations (liveness); the rest is data.
 * {@link #toString()} is redacted.
 */
public final class CardEvidence {
    private final Builder b;

    private CardEvidence(Builder b) {
        this.b = b.copy();
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    Optional<MyNumber> myNumber() {
        return Optional.ofNullable(b.myNumber);
    }

    Optional<BasicAttributes> attributes() {
        return Optional.ofNullable(b.attributes);
    }

    Optional<IntegrityRecord> integrity() {
        return Optional.ofNullable(b.integrity);
    }

    Optional<CvCertificate> textCertificate() {
        return Optional.ofNullable(b.textCertificate);
    }

    Optional<ApKey> textApKey() {
        return Optional.ofNullable(b.textApKey);
    }

    Optional<ChallengeSigner> textSigner() {
        return Optional.ofNullable(b.textSigner);
    }

    Optional<CardFace> cardFace() {
        return Optional.ofNullable(b.cardFace);
    }

    Optional<CvCertificate> visualCertificate() {
        return Optional.ofNullable(b.visualCertificate);
    }

    Optional<ChallengeSigner> visualSigner() {
        return Optional.ofNullable(b.visualSigner);
    }

    /** Always {@code CardEvidence[redacted]}. */
    @Override
    public String toString() {
        return "CardEvidence[redacted]";
    }

    /** Collects the parts of a {@link CardEvidence}; every setter is optional. */
    public static final class Builder {
        private MyNumber myNumber;
        private BasicAttributes attributes;
        private IntegrityRecord integrity;
        private CvCertificate textCertificate;
        private ApKey textApKey;
        private ChallengeSigner textSigner;
        private CardFace cardFace;
        private CvCertificate visualCertificate;
        private ChallengeSigner visualSigner;

        private Builder() {
        }

        /** Text AP EF {@code 0001}. */
        public Builder myNumber(MyNumber v) {
            myNumber = v;
            return this;
        }

        /** Text AP EF {@code 0002}. */
        public Builder attributes(BasicAttributes v) {
            attributes = v;
            return this;
        }

        /** Text AP EF {@code 0003}. */
        public Builder integrityRecord(IntegrityRecord v) {
            integrity = v;
            return this;
        }

        /** Text AP EF {@code 0004}. */
        public Builder textCertificate(CvCertificate v) {
            textCertificate = v;
            return this;
        }

        /** Text AP EF {@code 0007}, the AP's own key ({@link dev.mynumber.card.textap.TextAp#readApKey()}), for liveness. */
        public Builder textApKey(ApKey v) {
            textApKey = v;
            return this;
        }

        /** The text AP's challenge signer, e.g. {@code textAp::signChallenge}. */
        public Builder textSigner(ChallengeSigner v) {
            textSigner = v;
            return this;
        }

        /** Visual AP EF {@code 0002}. */
        public Builder cardFace(CardFace v) {
            cardFace = v;
            return this;
        }

        /** Visual AP EF {@code 0004}. */
        public Builder visualCertificate(CvCertificate v) {
            visualCertificate = v;
            return this;
        }

        /** The visual AP's challenge signer, e.g. {@code visualAp::signChallenge}. */
        public Builder visualSigner(ChallengeSigner v) {
            visualSigner = v;
            return this;
        }

        /** The evidence collected so far. */
        public CardEvidence build() {
            return new CardEvidence(this);
        }

        private Builder copy() {
            Builder c = new Builder();
            c.myNumber = myNumber;
            c.attributes = attributes;
            c.integrity = integrity;
            c.textCertificate = textCertificate;
            c.textApKey = textApKey;
            c.textSigner = textSigner;
            c.cardFace = cardFace;
            c.visualCertificate = visualCertificate;
            c.visualSigner = visualSigner;
            return c;
        }
    }
}
