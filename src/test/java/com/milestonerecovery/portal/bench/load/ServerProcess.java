package com.milestonerecovery.portal.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The application in its own JVM ({@link BenchApp#main}, profiles {@code demo,bench}, the same classpath as this
 * program), so what the benchmark measures on the server (heap, histogram, latency) is not mixed with the driver's
 * own objects. {@code jcmd} of the same JDK reads its heap.
 */
public final class ServerProcess implements AutoCloseable {

    /**
     * The application runs in Vaadin's development mode on the test classpath. Its component tracker (where each
     * component was created and attached, for the IDE integration) keeps a stack trace per component: most of a
     * session's heap and a cost on every component created. Production mode never tracks; off here too.
     */
    public static final List<String> PRODUCTION_LIKE = List.of("--vaadin.devmode.componentTracker.enabled=false");

    private final Process process;
    private final URI base;

    private ServerProcess(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** Starts the server and waits (up to 10 minutes) until it prints its address. */
    public static ServerProcess start(List<String> jvmOptions, List<String> appArguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BenchApp.class.getName());
        command.addAll(appArguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<URI> address = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("BENCH-APP ")) {
                        address.complete(URI.create(line.substring("BENCH-APP ".length()).trim()));
                    } else {
                        System.out.println("  [server] " + line);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            address.completeExceptionally(new IllegalStateException("the server stopped before it started"));
        });
        try {
            return new ServerProcess(process, address.get(10, TimeUnit.MINUTES));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not start", e);
        }
    }

    public URI base() {
        return base;
    }

    public long pid() {
        return process.pid();
    }

    /** Runs {@code jcmd <pid> <command>} and returns what it printed. */
    public String jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(String.valueOf(pid()));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
