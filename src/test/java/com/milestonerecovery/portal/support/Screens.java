package com.milestonerecovery.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;

/** Layout checks in the real browser. */
public final class Screens {

    private Screens() {
    }

    /** Nothing scrolls sideways on a phone: the page is no wider than the viewport. */
    public static void assertFitsTheScreen(Page page, String where) {
        Object offenders = page.evaluate("""
                () => { const w = document.documentElement.clientWidth;
                  return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > w + 1)
                    .slice(0, 5).map(e => e.tagName + '.' + e.className + ' in ' + e.parentElement.tagName + '.' + e.parentElement.className + ' "' + e.textContent.slice(0, 40) + '" ' + Math.round(e.getBoundingClientRect().right)); }""");
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        Object clientWidth = page.evaluate("() => document.documentElement.clientWidth");
        assertThat(((Number) scrollWidth).intValue())
                .as(where + " is wider than the screen: " + offenders)
                .isLessThanOrEqualTo(((Number) clientWidth).intValue());
    }
}
