package com.milestonerecovery.portal.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * One headless Debian Chromium per test JVM (Playwright never downloads a browser here). Each test gets
 * a fresh context: its own cookies, so sessions never leak between journeys.
 */
public final class Browser {

    private static Playwright playwright;
    private static com.microsoft.playwright.Browser browser;

    private Browser() {
    }

    public static synchronized Page newPage(int width, int height) {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium())
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run", "--disable-quic")));
            Runtime.getRuntime().addShutdownHook(new Thread(Browser::close));
        }
        Page page = browser.newContext(new NewContextOptions().setViewportSize(width, height)).newPage();
        page.setDefaultTimeout(60_000);
        page.setDefaultNavigationTimeout(90_000);
        return page;
    }

    public static Page newPage() {
        return newPage(1280, 900);
    }

    private static Path chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("No Chromium found: install Debian's chromium or set CHROMIUM_PATH");
    }

    private static synchronized void close() {
        if (browser != null) {
            browser.close();
            playwright.close();
            browser = null;
        }
    }
}
