package org.alliancegraph.document;

/** A source document as a write gives it: its outlet by slug, its publication date as written, and its text. */
public record DocumentData(String slug, String title, String outlet, String url, String language, String published,
        String text) {
}
