package nl.wegwijs.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The indexed message source answers exactly as Spring's plain one, for every code of every bundle in every
 * language Wegwijs has bundles for, with and without arguments.
 */
class IndexedMessageSourceTests {

    private static final Object[] ARGUMENTEN = { 1, 22, 333, 4444 };

    @Test
    void answersEveryCodeAsThePlainSourceDoes() throws Exception {
        String[] basenames = basenames();
        ResourceBundleMessageSource gewoon = new ResourceBundleMessageSource();
        IndexedMessageSource geindexeerd = new IndexedMessageSource();
        for (ResourceBundleMessageSource bron : new ResourceBundleMessageSource[] { gewoon, geindexeerd }) {
            bron.setBasenames(basenames);
            bron.setDefaultEncoding("UTF-8");
            bron.setFallbackToSystemLocale(false);
        }
        Set<String> codes = new TreeSet<>();
        for (String basename : basenames) {
            codes.addAll(ResourceBundle.getBundle(basename, Locale.ROOT).keySet());
        }
        assertThat(codes).hasSizeGreaterThan(1000);
        int verschillend = 0;
        for (Locale taal : new Locale[] { Locale.forLanguageTag("nl"), Locale.ENGLISH, Locale.forLanguageTag("ar"),
                Locale.forLanguageTag("ti") }) {
            for (String code : codes) {
                assertThat(geindexeerd.getMessage(code, null, taal)).as(code + " " + taal)
                        .isEqualTo(gewoon.getMessage(code, null, taal));
                assertThat(metArgumenten(geindexeerd, code, taal)).as(code + " " + taal + " met argumenten")
                        .isEqualTo(metArgumenten(gewoon, code, taal));
                if (!gewoon.getMessage(code, null, taal).equals(gewoon.getMessage(code, null, Locale.ROOT))) {
                    verschillend++;
                }
            }
        }
        // the test compares translations, not only the Dutch base texts
        assertThat(verschillend).isGreaterThan(500);
        assertThatThrownBy(() -> geindexeerd.getMessage("bestaat.niet", null, Locale.ENGLISH))
                .isInstanceOf(NoSuchMessageException.class);
        assertThat(geindexeerd.getMessage("bestaat.niet", null, "standaard", Locale.ENGLISH)).isEqualTo("standaard");
    }

    /** The text with numbers as arguments, or the kind of error a pattern that wants other arguments gives. */
    private static String metArgumenten(ResourceBundleMessageSource bron, String code, Locale taal) {
        try {
            return bron.getMessage(code, ARGUMENTEN, taal);
        }
        catch (IllegalArgumentException fout) {
            return fout.getClass().getName();
        }
    }

    private static String[] basenames() throws Exception {
        Properties instellingen = new Properties();
        try (InputStream in = IndexedMessageSourceTests.class.getResourceAsStream("/application.properties")) {
            instellingen.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return instellingen.getProperty("spring.messages.basename").split(",");
    }
}
