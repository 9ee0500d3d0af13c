package com.milestonerecovery.portal.bench.load;

import java.util.Arrays;
import java.util.stream.Stream;

import com.milestonerecovery.portal.Application;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application as the session and load benchmarks run it: profiles {@code demo,bench} (its own embedded
 * MariaDB in a temporary directory, a free HTTP port, no demo SMTP; see application-bench.properties).
 */
public final class BenchApp {

    private BenchApp() {
    }

    public static ConfigurableApplicationContext start(String... args) {
        // The command line outranks config/application.properties on the test classpath (demo,test).
        String[] arguments = Stream.concat(Stream.of("--spring.profiles.active=demo,bench"), Arrays.stream(args))
                .toArray(String[]::new);
        return new SpringApplication(Application.class).run(arguments);
    }

    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** For exploring by hand: starts the application and prints its address until stopped. */
    public static void main(String[] args) throws InterruptedException {
        ConfigurableApplicationContext context = start(args);
        System.out.println("BENCH-APP http://localhost:" + port(context) + "/");
        Thread.currentThread().join();
    }
}
