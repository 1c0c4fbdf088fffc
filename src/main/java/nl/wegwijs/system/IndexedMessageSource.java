package nl.wegwijs.system;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Spring's {@link ResourceBundleMessageSource} with one index per locale: which bundle holds which code. The plain
 * source walks all its basenames (one per module, over thirty) for every code a page asks for; a profile of the
 * household file put 8 % of its time there (docs/benchmarks.md). The index gives the same answer — the first
 * basename in the configured order that has the code, with the bundle's own locale fallback — in one lookup.
 *
 * <p>The index is built once per locale from the loaded bundles and never changes, like the bundles themselves
 * (bundles are cached for ever unless {@code spring.messages.cache-duration} is set; then this class asks the
 * bundles every time, as Spring does). Every node builds its own: nothing here must agree between nodes.
 */
final class IndexedMessageSource extends ResourceBundleMessageSource {

    private record Index(Map<String, String> teksten, Map<String, ResourceBundle> bundels) {
    }

    private final Map<Locale, Index> indexen = new ConcurrentHashMap<>();

    @Override
    protected @Nullable String resolveCodeWithoutArguments(String code, Locale locale) {
        if (getCacheMillis() >= 0) {
            return super.resolveCodeWithoutArguments(code, locale);
        }
        return index(locale).teksten().get(code);
    }

    @Override
    protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
        if (getCacheMillis() >= 0) {
            return super.resolveCode(code, locale);
        }
        ResourceBundle bundel = index(locale).bundels().get(code);
        return bundel == null ? null : getMessageFormat(bundel, code, locale);
    }

    private Index index(Locale locale) {
        return indexen.computeIfAbsent(locale, l -> {
            Map<String, String> teksten = new HashMap<>();
            Map<String, ResourceBundle> bundels = new HashMap<>();
            for (String basename : getBasenameSet()) {
                ResourceBundle bundel = getResourceBundle(basename, l);
                if (bundel == null) {
                    continue;
                }
                for (String code : bundel.keySet()) {
                    if (!bundels.containsKey(code)) {
                        String tekst = getStringOrNull(bundel, code);
                        if (tekst != null) {
                            bundels.put(code, bundel);
                            teksten.put(code, tekst);
                        }
                    }
                }
            }
            return new Index(Map.copyOf(teksten), Map.copyOf(bundels));
        });
    }
}
