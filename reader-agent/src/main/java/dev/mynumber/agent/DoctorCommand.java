package dev.mynumber.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynumber.agent.doctor.AtrRecorder;
import dev.mynumber.agent.doctor.Doctor;
import dev.mynumber.agent.doctor.DoctorReport;
import dev.mynumber.agent.doctor.RecentErrors;
import dev.mynumber.agent.events.EventBus;
import dev.mynumber.agent.pcsc.JpkiCardTypeDetector;
import dev.mynumber.agent.pcsc.ReaderManager;
import dev.mynumber.agent.pcsc.ReaderView;
import dev.mynumber.agent.pcsc.StandardTransports;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reader-agent doctor}: the reader report for support staff (docs/deployment.md). Asks the running agent
 * ({@code GET /api/v1/doctor} with the token file), which also knows the last errors; when no agent runs, examines
 * the readers itself. Sends no PIN and prints no personal data.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Report on pcscd, readers and cards (no PIN is sent, no personal data is shown).")
final class DoctorCommand implements Callable<Integer> {
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--port", description = "The running agent's port. Default: ${DEFAULT-VALUE}.")
    int port = Main.DEFAULT_PORT;

    @Option(names = "--token-file", description = "The running agent's token file. Default: ~/.mynumber-agent/token.")
    Path tokenFile = Path.of(AgentConfig.defaults().tokenFile());

    @Option(names = "--simulator", description = "Examine the simulated readers (developer builds only).")
    boolean simulator;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (simulator && !Main.simulatorInstalled()) {
            System.err.println(Main.SIMULATOR_NOT_INSTALLED);
            return 2;
        }
        DoctorReport report = simulator ? examine() : fromRunningAgent();
        if (report == null) {
            report = examine();
        }
        System.out
                .print(json ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n" : report.text());
        return 0;
    }

    /** The running agent's report, or null when no agent answers on the port. */
    private DoctorReport fromRunningAgent() throws IOException, InterruptedException {
        if (!Files.isReadable(tokenFile)) {
            return null;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/doctor"))
                .header("Authorization", "Bearer " + Files.readString(tokenFile).trim()).timeout(Duration.ofSeconds(60))
                .build();
        try {
            HttpResponse<String> reply = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return reply.statusCode() == 200 ? JSON.readValue(reply.body(), DoctorReport.class) : null;
        } catch (ConnectException e) {
            return null;
        }
    }

    /** Examines the readers in this process (no agent running). */
    private DoctorReport examine() throws IOException {
        AtrRecorder atrs = new AtrRecorder(new StandardTransports());
        ReaderManager readers = new ReaderManager(Agent.sources(!simulator, simulator ? Agent.simulatorSource() : null),
                atrs, new JpkiCardTypeDetector(), new EventBus(), Duration.ofSeconds(2), Duration.ofSeconds(30));
        try {
            readers.poll();
            long deadline = System.nanoTime() + SETTLE.toNanos();
            while (readers.readers().stream().anyMatch(ReaderView::busy) && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // card type detection runs on the readers' threads
            }
            return new Doctor(readers, atrs, new RecentErrors(Clock.systemUTC()), Agent.version()).examine();
        } finally {
            readers.close();
        }
    }
}
