package dev.mynumber.sim.fault;

import java.time.Duration;
import java.util.HexFormat;

/**
 * One fault of a {@link FaultPlan}: what goes wrong and at which command.
 *
 * <p>Commands are counted from 1, starting when the plan is armed on a {@link FaultyCard}.
 */
public sealed interface Fault {

    /** Renders this fault in the {@link FaultPlan#parse(String)} syntax. */
    String spec();

    /** The card is pulled out when command {@code n} arrives; the command never reaches the card. */
    record RemoveAt(int n) implements Fault {
        @Override
        public String spec() {
            return "remove-at:" + n;
        }
    }

    /** The reader itself disappears when command {@code n} arrives (unplugged reader). */
    record VanishAt(int n) implements Fault {
        @Override
        public String spec() {
            return "vanish-at:" + n;
        }
    }

    /** Command {@code n} is not processed; the card answers the status word {@code sw} alone. */
    record StatusAt(int n, int sw) implements Fault {
        @Override
        public String spec() {
            return "sw-at:" + n + "=" + HexFormat.of().withUpperCase().toHexDigits((short) sw);
        }
    }

    /** Byte {@code index} of response {@code n} is inverted (the last byte if the response is shorter). */
    record CorruptAt(int n, int index) implements Fault {
        @Override
        public String spec() {
            return "corrupt-at:" + n + (index == 0 ? "" : "@" + index);
        }
    }

    /** Every response is delayed by {@code delay}. */
    record DelayAll(Duration delay) implements Fault {
        @Override
        public String spec() {
            return "delay:" + delay.toMillis() + "ms";
        }
    }

    /** Response {@code n} is delayed by {@code delay}. */
    record DelayAt(int n, Duration delay) implements Fault {
        @Override
        public String spec() {
            return "delay-at:" + n + "=" + delay.toMillis() + "ms";
        }
    }
}
